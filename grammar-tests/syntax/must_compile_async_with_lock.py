# Compiles cleanly and prints nothing.
import asyncio


async def main():
    async with asyncio.Lock():
        await asyncio.sleep(0)


if False:
    asyncio.run(main())
