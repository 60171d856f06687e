class Wait:
    def __await__(self):
        yield "w"

async def leaf():
    try:
        await Wait()
    finally:
        print("leaf cleanup")

async def top():
    try:
        await leaf()
    except GeneratorExit:
        print("top sees GeneratorExit")
        raise

c = top()
c.send(None)
try:
    c.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit came out")
