# list[int] and friends are types.GenericAlias objects: repr, attributes, calls, equality.
import types

aliases = [list[int], dict[str, int], tuple[int, ...], set[bytes], frozenset[str], type[int],
           tuple[()], list[list[int]], dict[str, list[tuple[int, float]]], enumerate[str]]
for a in aliases:
    print(repr(a), a.__origin__, a.__args__, a.__parameters__)
print(type(list[int]), types.GenericAlias, type(list[int]) is types.GenericAlias)
print(list[int].__class__, isinstance(list[int], type), isinstance(list[int], types.GenericAlias))

# arguments that are not classes
def f():
    pass

print(list[f], list[1, "a", ...], list[None], list[[int, str]], list[int,].__args__)

# calling makes the origin's instance
print(list[int]([1, 2]), dict[str, int](a=1), tuple[int, ...]((1, 2)), set[int]())
print(type(list[int]()), list[int]("ab"))

# other attributes are the origin's
print(list[int].__name__, list[int].__module__, list[int].__qualname__, list[int].append)
print(list[int].__mro_entries__(()), list.__class_getitem__(int), dict.__class_getitem__((str, int)))

# equality and hashing by origin and arguments
print(list[int] == list[int], list[int] == list[str], list[int] == list, list[int] != list[int])
print(hash(list[int]) == hash(list[int]), {list[int]: 1}[list[int]], len({list[int], list[int], list[str]}))
print(types.GenericAlias(list, int), types.GenericAlias(list, (int,)) == list[int])
print(types.GenericAlias(dict, (str, int)) == dict[str, int])

# unions with None and with classes
u = list[int] | None
print(u, type(u), u.__args__, int | list[int], list[int] | dict[str, int] | None)
print(list[int] | list[int], (list[int] | None) == (list[int] | None))

# a class may derive from an alias
class Ints(list[int]):
    pass

print(Ints.__bases__, Ints.__orig_bases__, Ints([3]), Ints.__mro__)

# errors
for check in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]),
              lambda: isinstance([], int | list[int]), lambda: list[int][str],
              lambda: int[str], lambda: list[int].no_such, lambda: setattr(list[int], "x", 1),
              lambda: setattr(list[int], "__args__", ())):
    try:
        check()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
isinstance({}, dict[str, int])
