# Captures are ordinary assignments in the enclosing scope: locals, cells for closures,
# globals and nonlocals as declared.
def make_getters(pair):
    match pair:
        case (first, second):
            pass
    return (lambda: first), (lambda: second)

g1, g2 = make_getters(("left", "right"))
print(g1(), g2())

counter = 0

def bump(cmd):
    global counter
    match cmd:
        case ("set", counter):
            pass
        case ("add", n):
            counter += n
    return counter

print(bump(("set", 10)), bump(("add", 5)), counter)

def outer():
    found = None
    def inner(v):
        nonlocal found
        match v:
            case {"id": found}:
                return True
        return False
    print(inner({"name": "x"}), found)
    print(inner({"id": 7}), found)

outer()

class Config:
    match {"debug": True, "level": 3}:
        case {"debug": debug, "level": level}:
            pass

print(Config.debug, Config.level)

# A name bound only in a case that did not run is unbound afterwards.
def maybe(v):
    match v:
        case [x]:
            pass
    return x

print(maybe([5]))
try:
    maybe(5)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
