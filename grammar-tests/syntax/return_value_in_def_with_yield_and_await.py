def main():
    yield 1
    return 2
    await x
