async def main():
    class C:
        values = [v async for v in source]
