# A suspended chain of `yield from` generators: next() straight into an inner one,
# gi_yieldfrom / gi_running / gi_frame of each level, an inner generator delegated to from
# another chain, throw() and close() of the outer one.
gens = []

def leaf(tag):
    try:
        for i in range(10):
            v = yield f"{tag}{i}"
            if v is not None:
                print("leaf got", v)
        return tag + " done"
    finally:
        print("leaf finally", tag)

def mid(tag):
    print("mid running:", [g.gi_running for g in gens])
    r = yield from leaf(tag)
    print("mid got", r)
    return r + "!"

def top(tag):
    try:
        r = yield from mid(tag)
        print("top got", r)
    except KeyError as e:
        print("top caught", repr(e))
        yield "after KeyError"
    finally:
        print("top finally")

t = top("a")
gens.append(t)
print(next(t))
m = t.gi_yieldfrom
l = m.gi_yieldfrom
gens += [m, l]
print([type(g.gi_yieldfrom).__name__ for g in gens])
print([g.gi_running for g in gens], [g.gi_frame.f_lineno for g in gens])
print(next(l), l.send("direct"))
print(t.gi_yieldfrom is m, m.gi_yieldfrom is l)

def thief():
    r = yield from l
    print("thief got", r)

th = thief()
print(next(th))
print(th.gi_yieldfrom is l, m.gi_yieldfrom is l, l.gi_yieldfrom)
print(t.send("to top"))
print(th.send("to thief"))
print(t.throw(KeyError("k")))
print([g.gi_frame is None for g in gens])
t.close()
print("closed", [g.gi_frame is None for g in gens])
try:
    next(th)
except StopIteration:
    print("thief done")

u = top("b")
print(next(u), next(u))
um = u.gi_yieldfrom
ul = um.gi_yieldfrom
um.close()
print(ul.gi_frame, um.gi_frame, u.gi_yieldfrom is um)
try:
    print(next(u))
except StopIteration:
    print("u stopped")
