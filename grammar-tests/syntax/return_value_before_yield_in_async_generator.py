async def ticker():
    if ready:
        return 'done'
    yield 1
