# conformance: whole-stderr
async def a():
    pass

async def b():
    pass

items = [a(), b()]
print(len(items))
items.clear()
print("cleared")
