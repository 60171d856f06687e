def f():
    async with manager():
        pass
