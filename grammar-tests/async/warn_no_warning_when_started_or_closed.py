# conformance: whole-stderr
async def f():
    return 1

c = f()
try:
    c.send(None)
except StopIteration:
    pass
del c
d = f()
d.close()
del d
print("no warnings above")
