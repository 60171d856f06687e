class W:
    def __await__(self):
        x = yield "w"
        return x
async def inner():
    try:
        await W()
    finally:
        print("inner finally")

class Proxy:
    def __await__(self):
        return inner().__await__()

async def main():
    try:
        await Proxy()
    finally:
        print("main finally")

c = main()
c.send(None)
c.close()
print("closed")
