class Closable:
    def __iter__(self):
        return self
    def __next__(self):
        return "waiting"
    def close(self):
        print("Closable.close called")

class A:
    def __await__(self):
        return Closable()

async def user():
    try:
        await A()
    finally:
        print("user finally")

c = user()
print(c.send(None))
c.close()
