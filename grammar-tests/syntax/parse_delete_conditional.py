x = 1
del x if x else y
