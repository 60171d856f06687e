def f():
    pass
é = 1; return 5
