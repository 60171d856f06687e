# conformance: whole-stderr
async def fetch(n):
    return n

def caller():
    fetch(1)
    print("caller returns")

caller()
x = [fetch(2)][0:0]
print("end")
