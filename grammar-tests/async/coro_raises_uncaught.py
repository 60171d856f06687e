async def fail():
    raise ValueError("boom")

c = fail()
c.send(None)
