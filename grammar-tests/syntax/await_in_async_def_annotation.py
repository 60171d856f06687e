async def main(arg: await x):
    pass
