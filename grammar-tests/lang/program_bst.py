# A binary search tree: insertion, deletion, in-order generators, __contains__, __len__,
# __iter__/__reversed__, height, and a map-like interface.


class Node:
    __slots__ = ("key", "value", "left", "right")

    def __init__(self, key, value):
        self.key, self.value = key, value
        self.left = self.right = None


class TreeMap:
    def __init__(self, items=()):
        self.root = None
        self.size = 0
        for k, v in items:
            self[k] = v

    def __setitem__(self, key, value):
        if self.root is None:
            self.root = Node(key, value)
            self.size += 1
            return
        node = self.root
        while True:
            if key == node.key:
                node.value = value
                return
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, Node(key, value))
                self.size += 1
                return
            node = child

    def _find(self, key):
        node = self.root
        while node is not None and node.key != key:
            node = node.left if key < node.key else node.right
        return node

    def __getitem__(self, key):
        node = self._find(key)
        if node is None:
            raise KeyError(key)
        return node.value

    def __contains__(self, key):
        return self._find(key) is not None

    def __len__(self):
        return self.size

    def __delitem__(self, key):
        def remove(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = remove(node.left, key)
            elif key > node.key:
                node.right = remove(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.value = succ.key, succ.value
                node.right = remove(node.right, succ.key)
            return node
        self.root = remove(self.root, key)
        self.size -= 1

    def _walk(self, node, reverse=False):
        if node is None:
            return
        first, second = (node.right, node.left) if reverse else (node.left, node.right)
        yield from self._walk(first, reverse)
        yield node
        yield from self._walk(second, reverse)

    def __iter__(self):
        return (n.key for n in self._walk(self.root))

    def __reversed__(self):
        return (n.key for n in self._walk(self.root, True))

    def items(self):
        return [(n.key, n.value) for n in self._walk(self.root)]

    def height(self, node=...):
        node = self.root if node is ... else node
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))

    def range(self, lo, hi):
        for key in self:
            if key >= hi:
                return
            if key >= lo:
                yield key

    def __repr__(self):
        return "TreeMap({" + ", ".join(f"{k!r}: {v!r}" for k, v in self.items()) + "})"


t = TreeMap((w, len(w)) for w in "m f t b h p w a c g".split())
print(t, len(t), t.height())
print(list(t), list(reversed(t)), "h" in t, "z" in t, t["p"])
t["h"] = 100
t["zebra"] = 5
del t["f"]
del t["m"]
print(t, len(t), t.root.key)
print(list(t.range("b", "p")), sorted(t, key=lambda k: -t[k])[:3])
for bad in ["nope", 3]:
    try:
        if bad == "nope":
            del t[bad]
        else:
            t[bad]
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
n = Node(1, 2)
try:
    n.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(n, "__dict__"), Node.__slots__, min(t), max(t), sum(t[k] for k in t))
