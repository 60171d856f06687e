class W:
    def __await__(self):
        yield

async def bad_finally():
    try:
        await W()
    finally:
        raise ValueError("in finally at drop")

c = bad_finally()
c.send(None)
del c
print("after drop: the error was reported as unraisable")
