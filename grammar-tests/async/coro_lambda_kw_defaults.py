def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def f(a, b=10, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())

print(run(f(1, c=3)))
print(run(f(1, 2, 3, 4, c=5, e=6)))
try:
    f()
except TypeError as e:
    print(e)
