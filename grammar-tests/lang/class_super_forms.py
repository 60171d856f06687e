# super() with zero and two arguments, in methods, classmethods, __init__ and properties.
class Base:
    def __init__(self, v):
        self.v = v

    def m(self):
        return "Base.m"

    @classmethod
    def make(cls):
        return f"make {cls.__name__}"

    @property
    def p(self):
        return "Base.p"


class Child(Base):
    def __init__(self, v):
        super().__init__(v * 2)

    def m(self):
        return "Child>" + super().m()

    def two(self):
        return super(Child, self).m()

    @classmethod
    def make(cls):
        return "Child>" + super().make()

    @property
    def p(self):
        return "Child>" + super().p


c = Child(3)
print(c.v, c.m(), c.two(), Child.make(), c.p)
s = super(Child, c)
print(s.m(), type(s).__name__)
print(super(Child, Child).make())


class Grand(Child):
    def m(self):
        return "skip>" + super(Child, self).m()


print(Grand(1).m())


def outside():
    super().m()


try:
    outside()
except RuntimeError as e:
    print(e)

try:
    super(Child, 5)
except TypeError as e:
    print(e)


class NoArgs:
    def f():
        return super()


try:
    NoArgs.f()
except RuntimeError as e:
    print(e)


class WithCell:
    def f(self):
        return __class__


print(WithCell().f() is WithCell)
