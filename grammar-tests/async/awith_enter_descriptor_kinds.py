# __aenter__/__aexit__ are looked up on the type and bound as descriptors: a staticmethod or a
# callable object is called without the manager, a plain function with it.
class M:
    @staticmethod
    async def __aenter__(*a):
        print("aenter args", len(a))
        return "v"
    @staticmethod
    async def __aexit__(*a):
        print("aexit args", len(a))
class Callable:
    async def __call__(self, *a):
        print("callable aenter", len(a))
class N:
    __aenter__ = Callable()
    async def __aexit__(self, *a):
        print("aexit", len(a))
async def main():
    async with M() as v:
        print("body", v)
    async with N():
        pass
c = main()
try:
    c.send(None)
except StopIteration:
    print("done")
