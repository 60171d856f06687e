async def main(timeout=await x):
    pass
