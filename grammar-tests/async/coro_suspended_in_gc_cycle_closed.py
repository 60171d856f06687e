# conformance: whole-stderr
import gc

class W:
    def __await__(self):
        yield

async def holder(box):
    try:
        await W()
    finally:
        print("finally run by the collector")

box = []
c = holder(box)
box.append(c)
c.send(None)
del c, box
gc.collect()
print("collected")
