def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Log:
    def __init__(self, tag):
        self.tag = tag
    async def __aenter__(self):
        print("enter", self.tag)
    async def __aexit__(self, *exc):
        print("exit", self.tag, exc[0])

async def ret():
    async with Log("ret"):
        return "returned"
    print("unreachable")

async def loop():
    for i in range(3):
        async with Log(i):
            if i == 0:
                continue
            if i == 1:
                break
    return i

print(run(ret()))
print(run(loop()))
