async def f():
    print("never")

c = f()
c.close()
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
