async def never():
    print("not printed")

c = never()
try:
    c.throw(ValueError("early"))
except ValueError as e:
    print("raised", e)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
