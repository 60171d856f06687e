import types

def make_gen():
    def inner():
        got = yield "from inner"
        return "inner got " + str(got)
    return inner()

wrapped = types.coroutine(make_gen)

async def main():
    return await wrapped()

c = main()
print(c.send(None))
try:
    c.send(42)
except StopIteration as e:
    print(e.value)
w = wrapped()
print(type(w).__name__, w.__await__() is w, next(w))
w.close()
