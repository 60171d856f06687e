async def main(lock, source):
    async with lock as held, lock:
        async for item in source:
            yield item
        else:
            pass
