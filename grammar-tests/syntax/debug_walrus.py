if (__debug__ := check()):
    pass
