async def f():
    pass

c = f()
for args in [(1,), (ValueError("x"), ValueError("y")), (ValueError, 1, 2)]:
    try:
        c.throw(*args)
    except TypeError as e:
        print("TypeError:", e)
    except Exception as e:
        print(type(e).__name__, e)
c.close()
