import types

@types.coroutine
def wait():
    try:
        yield "waiting"
    except ValueError as e:
        return "legacy caught " + str(e)

async def main():
    return await wait()

c = main()
print(c.send(None))
try:
    c.throw(ValueError("v"))
except StopIteration as e:
    print(e.value)
