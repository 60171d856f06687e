async def main():
    yield from other()
