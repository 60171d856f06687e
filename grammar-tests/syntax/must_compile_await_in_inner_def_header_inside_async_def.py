async def main(x):
    @await x
    def inner(a=await x) -> await x:
        pass
    class C(await x):
        pass
    return inner, C
