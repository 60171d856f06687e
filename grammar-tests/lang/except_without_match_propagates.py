try:
    raise TypeError(1)
except ValueError:
    pass
