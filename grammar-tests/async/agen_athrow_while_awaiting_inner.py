class W:
    def __await__(self):
        return (yield "inner wait")

async def gen():
    try:
        got = await W()
        yield got
    except KeyError as e:
        yield "caught " + repr(e)

g = gen()
aw = g.__anext__()
print(aw.send(None))
try:
    aw.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
