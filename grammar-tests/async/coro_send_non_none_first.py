async def f():
    return 0

c = f()
try:
    c.send(42)
except TypeError as e:
    print(e)
print(c.cr_frame is not None)
try:
    c.send(None)
except StopIteration as e:
    print("ok", e.value)
