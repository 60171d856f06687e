# conformance: whole-stderr
async def tick():
    pass

for i in range(3):
    tick()
print("loop over")
