flags = [__debug__ for __debug__ in values]
