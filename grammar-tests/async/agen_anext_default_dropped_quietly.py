# conformance: whole-stderr
async def gen():
    yield 1

aw = anext(gen(), None)
del aw
print("no never-awaited warning for anext_awaitable")
