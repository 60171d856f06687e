# conformance: whole-stderr
async def leaf():
    raise ValueError("deep failure")

async def top():
    await leaf()

top().send(None)
