def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Tick:
    def __await__(self):
        return (yield "t")

class Custom:
    def __aenter__(self):
        return Tick()
    def __aexit__(self, *a):
        return Tick()

async def main():
    async with Custom() as v:
        print("as value:", v)
    return "ok"

c = main()
print(c.send(None))
print(c.send("entered"))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
