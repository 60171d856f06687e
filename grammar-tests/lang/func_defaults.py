# Defaults are evaluated once at def time; mutable default sharing; __defaults__ / __kwdefaults__.
def append(x, acc=[]):
    acc.append(x)
    return acc


print(append(1), append(2), append(3, []))
print(append.__defaults__)
n = 5


def snap(v=n):
    return v


n = 6
print(snap())


def kw(a, b=2, *, c, d=4):
    return a, b, c, d


print(kw(1, c=3), kw.__defaults__, kw.__kwdefaults__)
kw.__defaults__ = (20,)
print(kw(1, c=3))


def order():
    print("order evaluated")
    return 0


def uses(a=order(), b=order()):
    return a + b


print(uses())


def none_default(x=None):
    if x is None:
        x = []
    x.append(1)
    return x


print(none_default(), none_default())
print(snap.__defaults__, (lambda: 0).__defaults__, (lambda *, k=1: k).__kwdefaults__)
