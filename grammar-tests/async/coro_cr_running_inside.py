async def probe():
    print("running inside:", me.cr_running)
    return me.cr_running

me = probe()
print("before:", me.cr_running)
try:
    me.send(None)
except StopIteration as e:
    print("returned", e.value)
print("after:", me.cr_running)
