# A spreadsheet: cells hold numbers or formulas (=A1+B2*2, =SUM(A1:A3)), evaluated lazily with
# memoization, dependency tracking, cycle detection and error values like #DIV/0!.


class CycleError(Exception):
    pass


class Sheet:
    def __init__(self):
        self.raw = {}
        self.cache = {}

    def __setitem__(self, ref, value):
        self.raw[ref] = value
        self.cache.clear()

    def __getitem__(self, ref):
        return self.value(ref, ())

    @staticmethod
    def split_ref(ref):
        col = "".join(c for c in ref if c.isalpha())
        return col, int(ref[len(col):])

    def expand(self, a, b):
        (c1, r1), (c2, r2) = self.split_ref(a), self.split_ref(b)
        return [f"{chr(c)}{r}" for c in range(ord(c1), ord(c2) + 1) for r in range(r1, r2 + 1)]

    def value(self, ref, stack):
        if ref in stack:
            raise CycleError(" -> ".join(stack + (ref,)))
        if ref in self.cache:
            return self.cache[ref]
        raw = self.raw.get(ref, 0)
        if isinstance(raw, str) and raw.startswith("="):
            result = self.evaluate(raw[1:], stack + (ref,))
        else:
            result = raw
        self.cache[ref] = result
        return result

    def evaluate(self, formula, stack):
        tokens = self.tokens(formula)
        pos = 0

        def peek():
            return tokens[pos] if pos < len(tokens) else None

        def take():
            nonlocal pos
            pos += 1
            return tokens[pos - 1]

        def atom():
            tok = take()
            if tok == "(":
                v = expr()
                take()
                return v
            if tok == "-":
                return -atom()
            if isinstance(tok, (int, float)):
                return tok
            if tok in ("SUM", "MAX", "MIN"):
                take()
                a = take()
                take()
                b = take()
                take()
                values = [self.value(r, stack) for r in self.expand(a, b)]
                if any(isinstance(v, str) for v in values):
                    return next(v for v in values if isinstance(v, str))
                return {"SUM": sum, "MAX": max, "MIN": min}[tok](values)
            return self.value(tok, stack)

        def term():
            v = atom()
            while peek() in ("*", "/"):
                op, rhs = take(), atom()
                if isinstance(v, str) or isinstance(rhs, str):
                    v = v if isinstance(v, str) else rhs
                elif op == "*":
                    v = v * rhs
                elif rhs == 0:
                    v = "#DIV/0!"
                else:
                    v = v / rhs
            return v

        def expr():
            v = term()
            while peek() in ("+", "-"):
                op, rhs = take(), term()
                if isinstance(v, str) or isinstance(rhs, str):
                    v = v if isinstance(v, str) else rhs
                else:
                    v = v + rhs if op == "+" else v - rhs
            return v

        return expr()

    @staticmethod
    def tokens(text):
        out, i = [], 0
        while i < len(text):
            c = text[i]
            if c.isspace():
                i += 1
            elif c.isdigit():
                j = i
                while j < len(text) and (text[j].isdigit() or text[j] == "."):
                    j += 1
                out.append(float(text[i:j]) if "." in text[i:j] else int(text[i:j]))
                i = j
            elif c.isalpha():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                out.append(text[i:j].upper())
                i = j
            else:
                out.append(c)
                i += 1
        return out


s = Sheet()
s["A1"], s["A2"], s["A3"] = 10, 20, 30
s["B1"] = "=A1+A2*2"
s["B2"] = "=SUM(A1:A3) / 4"
s["B3"] = "=(B1 - A3) * -1"
s["C1"] = "=MAX(A1:B3)"
s["C2"] = "=A1 / (A2 - 20)"
s["C3"] = "=C2 + 1"
s["D1"] = "=SUM(A1:C1)"
for ref in ["B1", "B2", "B3", "C1", "C2", "C3", "D1", "Z9"]:
    print(ref, repr(s[ref]))
s["A2"] = 5
print("after A2=5:", s["B1"], s["C2"], s["D1"])
s["E1"] = "=E2+1"
s["E2"] = "=E3*2"
s["E3"] = "=E1"
try:
    s["E1"]
except CycleError as e:
    print("CycleError:", e)
print(Sheet.tokens("SUM(a1:b2)*3.5"), s.expand("A1", "B2"))
print(sorted(k for k, v in s.cache.items() if isinstance(v, str)))
