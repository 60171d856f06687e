def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Suspend:
    def __await__(self):
        yield "tick"

async def body():
    await Suspend()
    return 1

c = body()
print(c.cr_running, c.cr_await, c.cr_frame is not None, c.cr_code.co_name)
print(c.send(None))
print(c.cr_running, type(c.cr_await).__name__, c.cr_frame.f_code.co_name)
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
print(c.cr_running, c.cr_await, c.cr_frame)
