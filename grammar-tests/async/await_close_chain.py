class Wait:
    def __await__(self):
        yield

async def leaf():
    try:
        await Wait()
    except GeneratorExit:
        print("leaf got GeneratorExit")
        raise

async def mid():
    try:
        await leaf()
    except GeneratorExit:
        print("mid got GeneratorExit")
        raise

c = mid()
c.send(None)
c.close()
print("closed", c.cr_frame)
