import gc

class Wait:
    def __await__(self):
        yield

async def hold(box):
    try:
        await Wait()
    finally:
        print("finally of cyclic coroutine")

box = []
c = hold(box)
box.append(c)
c.send(None)
del c, box
gc.collect()
print("collected")
