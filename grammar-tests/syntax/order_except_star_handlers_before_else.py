try:
    pass
except* ValueError:
    yield 1
else:
    yield 2
