# The collector on long chains and on cycles mixing container kinds: live chains survive
# collections intact, unreachable cycles through lists, tuples, dicts, instances, sets and
# iterators are found, and chains hundreds of thousands deep are freed without trouble.
import gc

freed = []


class Marker:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        freed.append(self.name)


class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.nxt = nxt


def chain_length(node):
    n = 0
    while node is not None:
        n += 1
        node = node.nxt
    return n


# A live chain of instances, lists, tuples and dicts survives every collection.
head = None
for i in range(200_000):
    head = Node(i, head)
    if i % 4 == 1:
        head = Node(i, [head][0])
gc.collect()
gc.collect()
print("instances kept:", chain_length(head), head.value)

nested = None
for i in range(200_000):
    nested = [nested] if i % 3 == 0 else (nested,) if i % 3 == 1 else {"k": nested}
gc.collect()
depth = 0
x = nested
while x is not None:
    x = x[0] if isinstance(x, (list, tuple)) else x["k"]
    depth += 1
print("nested kept:", depth)

# Dropping them frees them: a weak reference to the far end dies.
tail = head
while tail.nxt is not None:
    tail = tail.nxt
tail.nxt = Marker("far end")
del tail
del head
print("far end freed:", freed)
del nested, x
print("after del:", gc.collect() >= 0)


# Cycles through every kind of container are garbage once unreachable.
def make_cycles():
    a = Node(Marker("a"))
    lst = [a]
    a.nxt = lst
    t = (lst, {"t": None})
    t[1]["t"] = t
    it = filter(None, [t])
    lst.append(it)
    s = Node(Marker("s"))
    s.nxt = {frozenset([1]), (s,)}.pop


make_cycles()
print("freed before:", sorted(freed))
print("found:", gc.collect() > 0)
print("freed after:", sorted(freed))
print("nothing left:", gc.collect())

# A cycle hanging off a live container is alive; cut loose, it is collected.
keep = []
ring = [Node(i) for i in range(1000)]
for i, n in enumerate(ring):
    n.nxt = ring[(i + 1) % 1000]
ring[0].value = Marker("ring")
keep.append(ring[0])
del ring, n
print("ring kept:", gc.collect() >= 0, "ring" in freed)
keep.clear()
print("ring found:", gc.collect() >= 1000, "ring" in freed)

# Many short-lived cycles are reclaimed as the program runs.
for i in range(300_000):
    c = [i]
    c.append(c)
del c
print("done", gc.collect() >= 0)
