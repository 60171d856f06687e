def main(a: await x, /, b: await y):
    pass
