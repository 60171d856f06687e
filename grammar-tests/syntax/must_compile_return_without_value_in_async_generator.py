async def ticker(limit):
    for i in range(limit):
        if i > 5:
            return
        yield i
