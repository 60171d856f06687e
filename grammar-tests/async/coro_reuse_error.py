async def once():
    return 1

c = once()
try:
    c.send(None)
except StopIteration as e:
    print("first", e.value)
for attempt in range(2):
    try:
        c.send(None)
    except RuntimeError as e:
        print(type(e).__name__, e)
