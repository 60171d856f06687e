# The class check is isinstance(), so a metaclass __instancecheck__ takes part.
class EvenMeta(type):
    def __instancecheck__(cls, obj):
        print("  __instancecheck__", obj)
        return isinstance(obj, int) and obj % 2 == 0

class Even(metaclass=EvenMeta):
    pass

for n in [4, 7, "x"]:
    match n:
        case Even():
            print(n, "is even")
        case _:
            print(n, "is not even")

# Keyword sub-patterns then read attributes of the subject, whatever its real type.
class Positive(metaclass=type("M", (type,), {"__instancecheck__": lambda c, o: o > 0})):
    pass

match 5:
    case Positive(real=r, denominator=d):
        print("positive with real", r, "and denominator", d)

# Inheritance: a subclass instance matches the base's class pattern.
class Animal:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name

class Dog(Animal):
    pass

match Dog("rex"):
    case Animal(name):
        print("an animal called", name)
