# Binary, reflected and in-place operators, NotImplemented and the TypeError text.
class N:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"N({self.v})"

    def __add__(self, o):
        if isinstance(o, (int, N)):
            return N(self.v + (o.v if isinstance(o, N) else o))
        return NotImplemented

    def __radd__(self, o):
        print("radd")
        return N(o + self.v)

    def __mul__(self, o):
        return N(self.v * o)

    def __sub__(self, o):
        return N(self.v - o)

    def __rsub__(self, o):
        return N(o - self.v)

    def __neg__(self):
        return N(-self.v)

    def __pos__(self):
        return self

    def __abs__(self):
        return N(abs(self.v))

    def __invert__(self):
        return N(~self.v)

    def __truediv__(self, o):
        return N(self.v / o)

    def __floordiv__(self, o):
        return N(self.v // o)

    def __mod__(self, o):
        return N(self.v % o)

    def __pow__(self, o, mod=None):
        return N(pow(self.v, o, mod))

    def __matmul__(self, o):
        return "matmul"

    def __lshift__(self, o):
        return N(self.v << o)

    def __and__(self, o):
        return N(self.v & o)

    def __or__(self, o):
        return N(self.v | o)

    def __xor__(self, o):
        return N(self.v ^ o)

    def __divmod__(self, o):
        return (self.v // o, self.v % o)


n = N(5)
print(n + 1, 1 + n, n + N(2), n * 3, n - 1, 10 - n)
print(-n, +n, abs(N(-3)), ~n, n / 2, n // 2, n % 3, n ** 2, pow(n, 2, 3))
print(n @ n, n << 2, n & 3, n | 8, n ^ 1, divmod(n, 2))
try:
    n + "s"
except TypeError as e:
    print(e)
try:
    "s" - n
except TypeError as e:
    print(e)
try:
    n @ 1 @ 2
except TypeError as e:
    print(e)
try:
    -object()
except TypeError as e:
    print(e)
try:
    [] + ()
except TypeError as e:
    print(e)
try:
    1 + None
except TypeError as e:
    print(e)
try:
    N(1) < N(2)
except TypeError as e:
    print(e)
try:
    divmod("a", 2)
except TypeError as e:
    print(e)
try:
    pow(object(), 2, 3)
except TypeError as e:
    print(e)


class Sub(N):
    def __radd__(self, o):
        return "Sub.radd wins"


print(N(1) + Sub(2))
