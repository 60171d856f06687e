def main(a: await x = await y):
    pass
