# Private names (__x) are mangled to _Class__x inside a class body, including in nested functions.
class A:
    __secret = 1

    def __init__(self):
        self.__value = 2

    def get(self):
        return self.__value, self.__secret, A.__secret

    def inner(self):
        def f():
            return self.__value
        return f()

    def __dunder__(self):
        return "not mangled"


a = A()
print(a.get(), a.inner(), a._A__value, A._A__secret, a.__dunder__())
print(sorted(k for k in vars(a)))
try:
    a.__value
except AttributeError as e:
    print(e)


class B(A):
    def peek(self):
        try:
            return self.__value
        except AttributeError as e:
            return str(e)


print(B().peek())
print(getattr(a, "_A__value"), hasattr(A, "__secret"), "_A__secret" in A.__dict__)


class _Under:
    __x = 5

    def f(self):
        return self.__x


print(_Under().f(), "_Under__x" in vars(_Under))
