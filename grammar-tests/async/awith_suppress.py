def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Suppress:
    def __init__(self, *types):
        self.types = types
    async def __aenter__(self):
        return self
    async def __aexit__(self, typ, val, tb):
        return typ is not None and issubclass(typ, self.types)

async def main():
    async with Suppress(ValueError):
        raise ValueError("swallowed")
    print("after suppressed ValueError")
    try:
        async with Suppress(ValueError):
            raise KeyError("kept")
    except KeyError as e:
        print("KeyError escaped", e)

class Truthy:
    async def __aenter__(self):
        pass
    async def __aexit__(self, *a):
        return 1

async def other():
    async with Truthy():
        1 / 0
    return "truthy value suppresses"

run(main())
print(run(other()))
