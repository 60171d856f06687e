def g():
    return f"{(yield)}" f"{await y}"
