class Wait:
    def __await__(self):
        yield

async def leaf():
    try:
        await Wait()
    finally:
        print("leaf finally")

async def mid():
    try:
        await leaf()
    finally:
        print("mid finally")

c = mid()
c.send(None)
try:
    c.throw(RuntimeError("stop"))
except RuntimeError as e:
    print("out:", e)
print(c.cr_frame)
