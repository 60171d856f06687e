# A tokenizer and recursive-descent calculator with variables and error reporting.


class CalcError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at {pos}")
        self.pos = pos


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text), i))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("name", src[i:j], i))
            i = j
        elif c in "+-*/%()=^":
            tokens.append(("op", c, i))
            i += 1
        else:
            raise CalcError(f"bad character {c!r}", i)
    tokens.append(("end", None, len(src)))
    return tokens


class Parser:
    def __init__(self, src, env):
        self.tokens = tokenize(src)
        self.pos = 0
        self.env = env

    def peek(self):
        return self.tokens[self.pos]

    def take(self, value=None):
        kind, val, at = self.tokens[self.pos]
        if value is not None and val != value:
            raise CalcError(f"expected {value!r}, got {val!r}", at)
        self.pos += 1
        return kind, val, at

    def statement(self):
        kind, val, _ = self.peek()
        if kind == "name" and self.tokens[self.pos + 1][1] == "=":
            self.take()
            self.take("=")
            result = self.expr()
            self.env[val] = result
        else:
            result = self.expr()
        if self.peek()[0] != "end":
            raise CalcError("trailing input", self.peek()[2])
        return result

    def expr(self):
        left = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            right = self.term()
            left = left + right if op == "+" else left - right
        return left

    def term(self):
        left = self.power()
        while self.peek()[1] in ("*", "/", "%"):
            _, op, at = self.take()
            right = self.power()
            if op == "*":
                left *= right
            elif right == 0:
                raise CalcError("division by zero", at)
            elif op == "/":
                left /= right
            else:
                left %= right
        return left

    def power(self):
        base = self.unary()
        if self.peek()[1] == "^":
            self.take()
            return base ** self.power()
        return base

    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return -self.unary()
        return self.atom()

    def atom(self):
        kind, val, at = self.take()
        if kind == "num":
            return val
        if kind == "name":
            if val not in self.env:
                raise CalcError(f"unknown name {val!r}", at)
            return self.env[val]
        if val == "(":
            inner = self.expr()
            self.take(")")
            return inner
        raise CalcError(f"unexpected {val!r}", at)


env = {"pi": 3.14159}
lines = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "-2 ^ 2",
    "x = 10 / 4",
    "x * 2",
    "17 % 5 + y",
    "7 / (3 - 3)",
    "r = 2",
    "pi * r ^ 2",
    "3 $ 4",
    "(1 + 2",
    "1 2",
]
for line in lines:
    try:
        print(f"{line:<14} => {Parser(line, env).statement()!r}")
    except CalcError as e:
        print(f"{line:<14} !! {e} (pos={e.pos})")
print(sorted(env.items()))
