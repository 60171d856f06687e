# Class decorators run bottom-up and may replace the class.
def register(cls):
    print("register", cls.__name__)
    cls.registered = True
    return cls


def add_repr(cls):
    def __repr__(self):
        return f"{cls.__name__}({self.__dict__})"
    cls.__repr__ = __repr__
    return cls


def replace(cls):
    return "replaced " + cls.__name__


@register
@add_repr
class P:
    def __init__(self):
        self.a = 1


print(P(), P.registered)


@replace
class Q:
    pass


print(Q)


def with_arg(n):
    def deco(cls):
        cls.n = n
        return cls
    return deco


@with_arg(5)
class R:
    pass


print(R.n)
