# conformance: whole-stderr
class Broken:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise KeyError("from __anext__")

async def main():
    async for item in Broken():
        print(item)

main().send(None)
