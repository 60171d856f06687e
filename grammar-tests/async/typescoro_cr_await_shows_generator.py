import types

@types.coroutine
def legacy():
    yield "inside legacy"

async def main():
    await legacy()

c = main()
print(c.send(None))
print(type(c.cr_await).__name__, c.cr_await.__name__)
print(c.cr_await.gi_running, c.cr_await.gi_frame is not None)
c.close()
