async def main() -> await x:
    pass
