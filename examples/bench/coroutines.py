"""Coroutines: a chain of awaits, driven by hand with send(None), resumed many times.

The innermost awaitable yields 200,000 times; every send() resumes the whole chain, from the
outermost coroutine down to the yielding generator. Compare the 1-deep and the 50-deep rows
for the cost of resuming through 49 more frames.
"""
# bench-args: 1
# bench-args: 50

import sys


class Ticks:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        for _ in range(self.n):
            yield
        return self.n


async def chain(depth, n):
    if depth == 1:
        return await Ticks(n)
    return await chain(depth - 1, n) + 1


def drive(depth, n):
    c = chain(depth, n)
    resumes = 0
    try:
        while True:
            c.send(None)
            resumes += 1
    except StopIteration as stop:
        return resumes, stop.value


depth = int(sys.argv[1]) if len(sys.argv) > 1 else 1
print(drive(depth, 200_000))
