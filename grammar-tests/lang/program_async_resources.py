# Async context managers and async iterators (a fake database) driven by a hand-written loop
# that resumes coroutines until they finish; errors in __aexit__ and cleanup order.


class Step:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        got = yield self.label
        return got


class Connection:
    opened = []

    def __init__(self, name, rows):
        self.name = name
        self.rows = rows
        self.closed = False

    async def __aenter__(self):
        await Step(f"connect {self.name}")
        Connection.opened.append(self.name)
        return self

    async def __aexit__(self, typ, exc, tb):
        await Step(f"disconnect {self.name}")
        self.closed = True
        if typ is LookupError:
            print(f"  {self.name}: swallowed {exc!r}")
            return True
        return False

    def query(self, pred):
        return Cursor(self, pred)


class Cursor:
    def __init__(self, conn, pred):
        self.conn = conn
        self.pred = pred
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        while self.i < len(self.conn.rows):
            row = self.conn.rows[self.i]
            self.i += 1
            await Step(f"fetch {self.i}")
            if self.pred(row):
                return row
        raise StopAsyncIteration


def run(coro):
    labels = []
    try:
        while True:
            labels.append(coro.send(None))
    except StopIteration as stop:
        return stop.value, labels


ROWS = [("ann", 31), ("bob", 17), ("cy", 45), ("di", 12)]


async def adults():
    async with Connection("main", ROWS) as db:
        return [name async for name, age in db.query(lambda r: r[1] >= 18)]


async def lookup(name):
    async with Connection("lookup", ROWS) as db:
        async for row in db.query(lambda r: r[0] == name):
            return row
        raise LookupError(name)


async def nested():
    out = []
    async with Connection("a", ROWS[:1]) as a, Connection("b", ROWS[1:2]) as b:
        async for row in a.query(lambda r: True):
            out.append(row)
        async for row in b.query(lambda r: True):
            out.append(row)
        raise ValueError("inside both")
    return out


value, labels = run(adults())
print(value, labels)
print(run(lookup("cy")))
print(run(lookup("zed")))
try:
    run(nested())
except ValueError as e:
    print("ValueError:", e, Connection.opened)


async def bad_enter():
    async with object():
        pass


try:
    run(bad_enter())
except TypeError as e:
    print("TypeError:", e)


async def not_async_iterable():
    async for x in [1, 2]:
        pass


try:
    run(not_async_iterable())
except TypeError as e:
    print("TypeError:", e)
