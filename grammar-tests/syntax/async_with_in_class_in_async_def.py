async def main():
    class C:
        async with lock:
            pass
