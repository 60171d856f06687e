def main():
    async def inner(timeout=await x):
        pass
