async def outer():
    def inner():
        return await something()
    return inner
