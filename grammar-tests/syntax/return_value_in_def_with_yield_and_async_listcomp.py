def main():
    yield 1
    return 2
    [v async for v in source]
