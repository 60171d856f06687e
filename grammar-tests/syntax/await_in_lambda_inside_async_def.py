async def main():
    handler = lambda: await x
    return handler
