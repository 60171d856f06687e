# A small interpreter for a Forth-like stack language with user-defined words.


class StackError(Exception):
    pass


class Forth:
    def __init__(self):
        self.stack = []
        self.words = {}
        self.output = []
        self.builtins = {
            "+": lambda a, b: [a + b],
            "-": lambda a, b: [a - b],
            "*": lambda a, b: [a * b],
            "/": self.divide,
            "dup": lambda a: [a, a],
            "drop": lambda a: [],
            "swap": lambda a, b: [b, a],
            "over": lambda a, b: [a, b, a],
            "=": lambda a, b: [int(a == b)],
            "<": lambda a, b: [int(a < b)],
        }

    @staticmethod
    def divide(a, b):
        if b == 0:
            raise StackError("divide by zero")
        return [a // b]

    def pop(self, n):
        if len(self.stack) < n:
            raise StackError(f"stack underflow: need {n}, have {len(self.stack)}")
        args = self.stack[-n:] if n else []
        del self.stack[len(self.stack) - n:]
        return args

    def run(self, source):
        self.execute(source.lower().split())
        return self

    def execute(self, tokens):
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if tok == ":":
                end = tokens.index(";", i)
                name = tokens[i + 1]
                if name.lstrip("-").isdigit():
                    raise StackError(f"cannot redefine number {name}")
                self.words[name] = tokens[i + 2:end]
                i = end
            elif tok == "if":
                depth, j = 0, i + 1
                while tokens[j] != "then" or depth:
                    depth += {"if": 1, "then": -1}.get(tokens[j], 0)
                    j += 1
                body = tokens[i + 1:j]
                if "else" in body:
                    k = body.index("else")
                    yes, no = body[:k], body[k + 1:]
                else:
                    yes, no = body, []
                (flag,) = self.pop(1)
                self.execute(yes if flag else no)
                i = j
            elif tok == ".":
                self.output.append(str(self.pop(1)[0]))
            elif tok in self.words:
                self.execute(self.words[tok])
            elif tok in self.builtins:
                fn = self.builtins[tok]
                arity = fn.__code__.co_argcount
                self.stack.extend(fn(*self.pop(arity)))
            else:
                try:
                    self.stack.append(int(tok))
                except ValueError:
                    raise StackError(f"undefined word {tok!r}") from None
            i += 1


programs = [
    "1 2 3 + *",
    "5 dup * 3 over",
    ": square dup * ; 7 square .",
    ": fact dup 1 < if drop 1 else dup 1 - fact * then ; 10 fact .",
    ": abs dup 0 < if 0 swap - then ; -42 abs . 17 abs .",
    "1 2 swap - .",
    "1 +",
    "10 0 /",
    "foo",
    ": 5 6 ;",
    "3 4 = . 3 3 = .",
]
for src in programs:
    f = Forth()
    try:
        f.run(src)
        print(f"{src:<60} stack={f.stack} out={' '.join(f.output)}")
    except StackError as e:
        print(f"{src:<60} error: {e} (stack={f.stack})")
print(Forth.divide(7, 2), Forth().builtins["over"].__code__.co_argcount)
