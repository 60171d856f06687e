# Decorators without functools: wrappers, stacking order, arguments, copying metadata by hand.
calls = []


def trace(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper


def times(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco


@trace
def greet(name):
    "Say hi."
    return "hi " + name


@times(2)
@trace
def one():
    return 1


print(greet("bob"), greet.__name__, greet.__doc__, greet.__wrapped__.__qualname__)
print(one(), calls)


def first(fn):
    print("applying first")
    return lambda: "first(" + fn() + ")"


def second(fn):
    print("applying second")
    return lambda: "second(" + fn() + ")"


@first
@second
def base():
    return "base"


print(base())


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), len(fib.cache))
print(greet.__qualname__)
