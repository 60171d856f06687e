# An event/observer system built on closures and decorators (no functools).


class EventBus:
    def __init__(self):
        self._handlers = {}
        self.log = []

    def on(self, event, priority=0):
        def register(fn):
            self._handlers.setdefault(event, []).append((priority, len(self.log), fn))
            self.log.append(f"registered {fn.__name__} for {event}")
            return fn
        return register

    def emit(self, event, *args, **kwargs):
        handlers = sorted(self._handlers.get(event, []), key=lambda h: -h[0])
        results = []
        for _, _, fn in handlers:
            try:
                results.append(fn(*args, **kwargs))
            except StopPropagation as stop:
                results.append(f"stopped: {stop}")
                break
        return results

    def off(self, event, fn):
        before = len(self._handlers.get(event, []))
        self._handlers[event] = [h for h in self._handlers.get(event, []) if h[2] is not fn]
        return before - len(self._handlers[event])


class StopPropagation(Exception):
    pass


def wraps(original):
    def decorate(wrapper):
        wrapper.__name__ = original.__name__
        wrapper.__doc__ = original.__doc__
        wrapper.__wrapped__ = original
        return wrapper
    return decorate


def counted(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def once(fn):
    done = False
    result = None

    @wraps(fn)
    def wrapper(*args):
        nonlocal done, result
        if not done:
            done = True
            result = fn(*args)
        return result
    return wrapper


bus = EventBus()


@bus.on("save")
@counted
def write_file(name):
    """Writes a file."""
    return f"wrote {name}"


@bus.on("save", priority=10)
def validate(name):
    if not name.endswith(".txt"):
        raise StopPropagation(f"bad name {name!r}")
    return "valid"


@bus.on("save", priority=-1)
@once
def notify(name):
    return f"first save was {name}"


def make_counter(prefix):
    count = 0

    def handler(**info):
        nonlocal count
        count += 1
        return f"{prefix}{count}:{sorted(info.items())}"
    return handler


bus.on("tick")(make_counter("A"))
bus.on("tick")(make_counter("B"))
print(bus.emit("save", "a.txt"))
print(bus.emit("save", "b.txt"))
print(bus.emit("save", "c.bin"))
print(bus.emit("tick", n=1), bus.emit("tick", n=2, late=True))
print(bus.emit("unknown"))
print(write_file.calls, write_file.__name__, write_file.__doc__, write_file.__wrapped__("x"))
print(bus.off("save", validate), bus.off("save", validate))
print(bus.emit("save", "d.bin"))
for line in bus.log:
    print(" ", line)
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])
