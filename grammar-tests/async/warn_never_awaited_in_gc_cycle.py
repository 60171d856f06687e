# conformance: whole-stderr
import gc

async def never(box):
    pass

box = []
c = never(box)
box.append(c)
del c, box
print("before collect")
gc.collect()
print("after collect")
