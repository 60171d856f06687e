items = {}
del items["a"], items["b"] < 3
