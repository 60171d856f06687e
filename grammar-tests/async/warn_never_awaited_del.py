# conformance: whole-stderr
async def job():
    pass

c = job()
print("made")
del c
print("deleted")
