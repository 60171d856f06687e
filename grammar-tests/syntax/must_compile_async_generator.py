async def ticker():
    yield 1
    return

print(type(ticker()).__name__)
