# A resource pool with context managers, nested with-statements, exception suppression and
# generator-based managers written by hand (no contextlib).


class PoolExhausted(Exception):
    pass


class Pool:
    def __init__(self, size):
        self.free = [f"conn{i}" for i in range(size)]
        self.events = []

    def acquire(self):
        return Lease(self)


class Lease:
    def __init__(self, pool):
        self.pool = pool
        self.conn = None

    def __enter__(self):
        if not self.pool.free:
            raise PoolExhausted("no free connections")
        self.conn = self.pool.free.pop(0)
        self.pool.events.append(f"+{self.conn}")
        return self.conn

    def __exit__(self, exc_type, exc, tb):
        self.pool.free.append(self.conn)
        self.pool.events.append(f"-{self.conn}" + (f"!{exc_type.__name__}" if exc_type else ""))
        return exc_type is KeyError


class contextmanager_like:
    def __init__(self, genfunc):
        self.genfunc = genfunc

    def __call__(self, *args):
        return _GenManager(self.genfunc(*args))


class _GenManager:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        return next(self.gen)

    def __exit__(self, typ, value, tb):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(value)
        except StopIteration:
            return True
        except BaseException as e:
            if e is value:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


@contextmanager_like
def tag(name, out):
    out.append(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError as e:
        out.append(f"<!-- {e} -->")
    finally:
        out.append(f"</{name}>")


pool = Pool(2)
with pool.acquire() as a, pool.acquire() as b:
    print("using", a, b, pool.free)
    try:
        with pool.acquire() as c:
            print("unreachable", c)
    except PoolExhausted as e:
        print("exhausted:", e)
with pool.acquire() as a:
    {}["missing"]
print("KeyError suppressed; free:", pool.free)
try:
    with pool.acquire() as a:
        raise ValueError("bad query")
except ValueError as e:
    print("propagated:", e)
print(pool.events)

out = []
with tag("html", out) as t1:
    with tag("body", out) as t2:
        out.append(t1 + "/" + t2)
        1 / 0
    out.append("after body")
print(out)
try:
    with tag("p", out):
        raise TypeError("not handled")
except TypeError as e:
    print("TypeError escaped:", e, out[-2:])


class Timer:
    depth = 0

    def __enter__(self):
        Timer.depth += 1
        return self

    def __exit__(self, *exc):
        Timer.depth -= 1
        print("  exit with", exc[0].__name__ if exc[0] else None, "depth now", Timer.depth)


for i in range(3):
    with Timer() as t:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i, Timer.depth)
def early():
    with Timer():
        return "returned"
print(early())
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
