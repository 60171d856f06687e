gen = lambda: (yield)
print(type(gen()).__name__)
