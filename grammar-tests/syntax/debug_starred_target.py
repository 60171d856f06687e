first, *__debug__ = values
