class W:
    def __await__(self):
        x = yield "w"
        return x
async def inner():
    v = await W()
    return ("inner", v)

class Proxy:
    def __await__(self):
        return inner().__await__()

class ProxyGen:
    def __await__(self):
        r = yield from inner().__await__()
        return ("via generator", r)

async def main(cls):
    return await cls()

for cls in (Proxy, ProxyGen):
    c = main(cls)
    print(c.send(None))
    try:
        c.send("S")
    except StopIteration as e:
        print(e.value)
    c = main(cls)
    c.send(None)
    try:
        c.throw(KeyError("k"))
    except KeyError as e:
        print("KeyError through", cls.__name__, e)
