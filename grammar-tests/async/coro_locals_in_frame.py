class Wait:
    def __await__(self):
        yield

async def calc(a, b):
    total = a + b
    await Wait()
    return total

c = calc(2, 3)
print(sorted(c.cr_frame.f_locals.items()))
c.send(None)
print(sorted(c.cr_frame.f_locals.items()))
print(c.cr_frame.f_lineno)
c.close()
