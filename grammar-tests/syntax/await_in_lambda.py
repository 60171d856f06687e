handler = lambda: await x
