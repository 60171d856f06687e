# conformance: whole-stderr
async def step():
    pass

def forget():
    step()
    return "forgot"

print(forget())
