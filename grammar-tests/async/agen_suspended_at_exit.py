def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally at exit")

def sync_gen():
    try:
        yield 1
    finally:
        print("generator finally at exit")

g = gen()
print(run(g.__anext__()))
s = sync_gen()
print(next(s))
print("end of script")
