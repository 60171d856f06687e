@await decorator
def main(__debug__):
    pass
