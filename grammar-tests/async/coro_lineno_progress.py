class Wait:
    def __await__(self):
        yield

async def steps():
    await Wait()
    x = 1
    await Wait()
    return x

c = steps()
print(c.cr_frame.f_lineno)
c.send(None)
print(c.cr_frame.f_lineno)
c.send(None)
print(c.cr_frame.f_lineno)
c.close()
