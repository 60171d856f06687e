# A Fraction class: arithmetic with ints, normalization, hashing equal to int, ordering,
# __format__, __bool__, __int__/__float__/__round__, and parsing from strings.


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Fraction:
    __slots__ = ("num", "den")

    def __new__(cls, num=0, den=1):
        if isinstance(num, str):
            text = num.strip()
            if "/" in text:
                a, b = text.split("/")
                num, den = int(a), int(b)
            else:
                num = int(text)
        if den == 0:
            raise ZeroDivisionError(f"Fraction({num}, 0)")
        self = super().__new__(cls)
        g = gcd(num, den) or 1
        if den < 0:
            g = -g
        self.num, self.den = num // g, den // g
        return self

    @staticmethod
    def _coerce(other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def _op(self, other, fn, reflected=False):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return fn(o, self) if reflected else fn(self, o)

    def __add__(self, other):
        return self._op(other, lambda a, b: Fraction(a.num * b.den + b.num * a.den, a.den * b.den))

    def __radd__(self, other):
        return self._op(other, lambda a, b: a + b, True)

    def __sub__(self, other):
        return self._op(other, lambda a, b: a + -b)

    def __rsub__(self, other):
        return self._op(other, lambda a, b: a - b, True)

    def __mul__(self, other):
        return self._op(other, lambda a, b: Fraction(a.num * b.num, a.den * b.den))

    __rmul__ = __mul__

    def __truediv__(self, other):
        return self._op(other, lambda a, b: Fraction(a.num * b.den, a.den * b.num))

    def __rtruediv__(self, other):
        return self._op(other, lambda a, b: a / b, True)

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __abs__(self):
        return Fraction(abs(self.num), self.den)

    def __pow__(self, n):
        if n < 0:
            return Fraction(self.den ** -n, self.num ** -n)
        return Fraction(self.num ** n, self.den ** n)

    def __eq__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else (self.num, self.den) == (o.num, o.den)

    def __lt__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else self.num * o.den < o.num * self.den

    def __le__(self, other):
        return self == other or self < other

    def __gt__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else o < self

    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))

    def __bool__(self):
        return self.num != 0

    def __int__(self):
        return int(self.num / self.den)

    def __float__(self):
        return self.num / self.den

    def __round__(self, ndigits=None):
        return round(float(self), ndigits) if ndigits is not None else round(self.num / self.den)

    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    def __format__(self, spec):
        if spec.endswith("f"):
            return format(float(self), spec)
        return format(str(self), spec)


h = Fraction(1, 2)
t = Fraction("1/3")
print(h + t, h - t, h * t, h / t, 1 + h, 1 - h, 2 * t, 1 / t, -h, abs(Fraction(-3, 4)))
print(repr(Fraction(6, -8)), Fraction(" 10 "), Fraction(0, 5), h ** 3, t ** -2)
print(h == Fraction(2, 4), h == 0.5, Fraction(4, 2) == 2, h < t, t <= h, h > t, max(h, t, Fraction(2, 5)))
print(sorted([Fraction(3, 4), Fraction(1, 8), 1, Fraction(-1, 2)]))
print(len({Fraction(2, 1), 2, Fraction(4, 2)}), hash(Fraction(5)) == hash(5))
print(bool(Fraction(0)), bool(t), int(Fraction(-7, 2)), float(t), round(Fraction(7, 2)), round(t, 3))
print(f"[{h:>6}] [{t:<6}] [{t:.4f}] [{Fraction(22, 7):^9}]")
total = sum(Fraction(1, n * (n + 1)) for n in range(1, 10))
print(total, sum([h, t], Fraction(0)))
for bad in [lambda: Fraction(1, 0), lambda: h + 0.5, lambda: h < "x", lambda: Fraction("a/b"),
            lambda: setattr(h, "extra", 1), lambda: h / 0]:
    try:
        bad()
    except (ZeroDivisionError, TypeError, ValueError, AttributeError) as e:
        print(f"{type(e).__name__}: {e}")
