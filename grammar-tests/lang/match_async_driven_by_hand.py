# match in an async def: the subject, guards and case bodies may await. The coroutine is
# driven by hand with send(None), the way an event loop would.
class suspend:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        got = yield self.value
        return got

async def fetch(kind):
    await suspend(f"fetching {kind}")
    match kind:
        case "user":
            return {"type": "user", "name": "ann", "roles": ["admin", "dev"]}
        case "order":
            return {"type": "order", "items": [("apple", 3), ("pear", 1)]}
        case _:
            return None

async def is_admin(roles):
    await suspend("checking roles")
    return "admin" in roles

async def handle(kind):
    match await fetch(kind):
        case {"type": "user", "name": name, "roles": roles} if await is_admin(roles):
            await suspend(f"greeting {name}")
            return f"admin {name}"
        case {"type": "order", "items": [(first, count), *rest]}:
            total = count
            for item, c in rest:
                total += c
                await suspend(f"counted {item}")
            return f"order starting with {first}, {total} items"
        case None:
            return "nothing found"

def drive(coro):
    try:
        while True:
            print("  yielded:", coro.send(None))
    except StopIteration as stop:
        return stop.value

for kind in ["user", "order", "other"]:
    print(kind, "->", drive(handle(kind)))

async def failing():
    match await fetch("user"):
        case {"name": str(name)}:
            raise KeyError(name)

try:
    drive(failing())
except KeyError as e:
    print("KeyError:", e)
