def main(*, __debug__=True):
    pass
