async def value():
    return 7

w = value().__await__()
print(type(w).__name__)
print(iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("value", e.value)

c = value()
w = c.__await__()
try:
    w.send(None)
except StopIteration as e:
    print("send", e.value)
try:
    w.send(None)
except RuntimeError as e:
    print(e)
