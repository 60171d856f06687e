# str, bytes and bytearray are not sequences for match; range, list and tuple are.
# Mappings, sets, iterators and generators are not sequences either.
def is_seq(v):
    match v:
        case [*_]:
            return True
        case _:
            return False

def gen():
    yield 1

for v in ["abc", "", b"abc", bytearray(b"x"), [1], (), range(3), {1: 2}, {1, 2},
          frozenset(), iter([1]), gen(), 5, None, {}.keys()]:
    print(type(v).__name__, is_seq(v))

match "ab":
    case [a, b]:
        print("a str unpacked?!")
    case (a, b):
        print("a str unpacked?!")
    case str(s):
        print("a str is matched by str():", s)
