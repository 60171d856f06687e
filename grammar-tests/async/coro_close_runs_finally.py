class Wait:
    def __await__(self):
        yield

async def holder():
    try:
        await Wait()
    finally:
        print("finally ran")

c = holder()
c.send(None)
print(c.close())
print(c.cr_frame)
print(c.close())
