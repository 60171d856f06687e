async def outer():
    async def inner():
        yield from other()
    return inner
