class Wait:
    def __await__(self):
        yield "inner waiting"

async def leaf():
    try:
        await Wait()
    except KeyError as e:
        print("leaf caught", repr(e))
        return "leaf handled"

async def mid():
    r = await leaf()
    print("mid got", r)
    await Wait()
    return "mid done"

c = mid()
print(c.send(None))
print(c.throw(KeyError("x")))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
