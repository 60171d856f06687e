# __ne__ defaults to the inverse of __eq__; __eq__ returning non-bools; comparisons in containers.
class E:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        print("eq called")
        return isinstance(o, E) and self.v == o.v

    __hash__ = object.__hash__


print(E(1) != E(1), E(1) != E(2))


class Weird:
    def __eq__(self, o):
        return "truthy string"


print(Weird() == 1, Weird() != 1, [Weird()] == [1])


class Never:
    def __eq__(self, o):
        return False


n = Never()
print(n == n, n in [n], [n] == [n], n is n)


class AlwaysEq:
    def __eq__(self, o):
        return True

    def __hash__(self):
        return 1


print([1, 2].index(AlwaysEq()) if False else AlwaysEq() in [5], {AlwaysEq(): 1}.get(AlwaysEq()))
print(object.__eq__(n, n), object.__eq__(n, 1), object.__ne__(n, 1))
