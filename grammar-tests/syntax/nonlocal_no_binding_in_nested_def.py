async def outer():
    def inner():
        nonlocal missing
