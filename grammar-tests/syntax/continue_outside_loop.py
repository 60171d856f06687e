if True:
    continue
