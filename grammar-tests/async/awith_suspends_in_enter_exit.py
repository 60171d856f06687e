class Tick:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        return (yield self.label)

class Conn:
    async def __aenter__(self):
        await Tick("connecting")
        return "conn"
    async def __aexit__(self, *exc):
        await Tick("closing")

async def main():
    async with Conn() as c:
        await Tick("using " + c)
    return "all done"

co = main()
try:
    print(co.send(None))
    while True:
        print(co.send(None))
except StopIteration as e:
    print(e.value)
