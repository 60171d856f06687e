async def main():
    class C:
        value = await x
