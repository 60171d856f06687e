def f():
    x = 1
    def g():
        x: int = 2
        nonlocal x
