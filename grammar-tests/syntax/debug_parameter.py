def main(__debug__):
    pass
