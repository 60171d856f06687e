# Mutual recursion, recursion through methods and generators, and recovery after RecursionError.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(100), is_odd(77))


class Tree:
    def __init__(self, *children):
        self.children = children

    def size(self):
        return 1 + sum(c.size() for c in self.children)

    def walk(self, depth=0):
        yield depth
        for c in self.children:
            yield from c.walk(depth + 1)


t = Tree(Tree(Tree()), Tree())
print(t.size(), list(t.walk()))


def blow(n):
    return blow(n + 1) + 1


for attempt in range(2):
    try:
        blow(0)
    except RecursionError as e:
        print("attempt", attempt, e)


def nested_gen(n):
    if n:
        yield from nested_gen(n - 1)
    yield n


print(sum(nested_gen(200)))
