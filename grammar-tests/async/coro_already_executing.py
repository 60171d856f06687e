async def reenter():
    try:
        me.send(None)
    except ValueError as e:
        print("ValueError:", e)
    try:
        me.throw(KeyError)
    except ValueError as e:
        print("ValueError:", e)
    try:
        me.close()
    except ValueError as e:
        print("ValueError:", e)
    return "ok"

me = reenter()
try:
    me.send(None)
except StopIteration as e:
    print(e.value)
