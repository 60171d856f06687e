main(__debug__=True)
