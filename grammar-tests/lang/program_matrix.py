# A matrix class with operator overloading, indexing, equality and errors.


class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and equally long")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, key):
        i, j = key
        return self.rows[i][j]

    def __setitem__(self, key, value):
        i, j = key
        self.rows[i][j] = value

    def __iter__(self):
        return iter(self.rows)

    def _check(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")

    def __add__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        self._check(other)
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self, other)])

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return self * -1

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Matrix([[k * x for x in r] for r in self])
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def transpose(self):
        return Matrix(list(zip(*self.rows)))

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        width = max(len(str(x)) for r in self for x in r)
        return "\n".join(" ".join(f"{x:>{width}}" for x in r) for r in self)


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b, a - b, sep="\n")
print(repr(2 * a), repr(a * 0.5))
print(a @ b)
print(Matrix([[1, 1], [1, 0]]) ** 10)
print(a.transpose() == Matrix([[1, 3], [2, 4]]), a == [[1, 2], [3, 4]], a != b)
a[0, 1] = 20
print(a[0, 1], a.shape, Matrix([[1, 2, 3]]).transpose().shape)
for bad in [lambda: a + Matrix([[1, 2, 3]]), lambda: a @ Matrix([[1, 2, 3]]), lambda: a + 1,
            lambda: Matrix([[1], [2, 3]]), lambda: hash(a), lambda: a * "x", lambda: a[5, 0]]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(f"{type(e).__name__}: {e}")
m = Matrix.identity(3)
m += Matrix([[1] * 3] * 3)
print(m)
print(sum(x for row in m for x in row), [list(r) for r in zip(*m)])
