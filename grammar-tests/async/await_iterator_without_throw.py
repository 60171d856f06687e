class Plain:
    def __iter__(self):
        return self
    def __next__(self):
        return "tick"

class A:
    def __await__(self):
        return Plain()

async def user():
    try:
        await A()
    except KeyError as e:
        return "caught " + repr(e)

c = user()
print(c.send(None))
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
