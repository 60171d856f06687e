class Step:
    def __await__(self):
        return (yield "step")

async def guarded():
    try:
        await Step()
    except KeyError as e:
        print("caught", repr(e))
        await Step()
        return "recovered"

c = guarded()
print(c.send(None))
print(c.throw(KeyError, KeyError("k"), None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

c = guarded()
c.send(None)
print(c.throw(KeyError, "made"))
c.close()
c = guarded()
c.send(None)
print(c.throw(KeyError("instance")))
c.close()
