# Calling bound method objects (stored, passed to map, held by another object): self comes
# first, defaults fill in, and wrong counts raise CPython's messages naming the method.


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount, note="-"):
        self.balance += amount
        return (self.owner, self.balance, note)

    @classmethod
    def named(cls, owner):
        return cls(owner, 1)


class Holder:
    def __init__(self, callback):
        self.callback = callback

    def fire(self, *args):
        return self.callback(*args)


acct = Account("ann")
dep = acct.deposit
print(dep(5))
print(dep(7, "gift"))
print(list(map(dep, [1, 2, 3])))
print(Holder(dep).fire(10))
make = Account.named
print(make("bob").balance)
for bad in [(), (1, 2, 3)]:
    try:
        dep(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    dep(amount=1, extra=2)
except TypeError as e:
    print("TypeError:", e)


def countdown(n):
    return step(n)


step = Account("deep").deposit
print(countdown(3))
print(acct.balance)
dep()
