class Echo:
    """An iterator with send/throw, like a hand-written future."""
    def __init__(self):
        self.step = 0
    def __iter__(self):
        return self
    def __next__(self):
        return self.send(None)
    def send(self, v):
        self.step += 1
        if self.step > 2:
            raise StopIteration(("finished", v))
        return ("step", self.step, v)
    def throw(self, typ, val=None, tb=None):
        print("throw reached Echo:", repr(val if val is not None else typ))
        raise StopIteration("swallowed")

class A:
    def __await__(self):
        return Echo()

async def user():
    return await A()

c = user()
print(c.send(None))
print(c.send("x"))
try:
    c.send("y")
except StopIteration as e:
    print(e.value)

c = user()
c.send(None)
try:
    c.throw(ValueError("into echo"))
except StopIteration as e:
    print("result", e.value)
