class W:
    def __await__(self):
        x = yield "w"
        return x
async def boom():
    await W()
    raise ValueError("boom")

c = boom()
c.send(None)
try:
    c.send(None)
except ValueError:
    print("ValueError")
try:
    c.send(None)
except RuntimeError as e:
    print(e)
c = boom()
c.close()
try:
    c.throw(ValueError("after close"))
except ValueError as e:
    print("throw after close raises", e)
