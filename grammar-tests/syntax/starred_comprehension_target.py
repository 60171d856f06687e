pairs = [x for *x in values]
