# return, break and continue from case bodies run enclosing finally blocks and with exits.
class Manager:
    def __enter__(self):
        print("  enter")
        return self

    def __exit__(self, *exc):
        print("  exit")
        return False

def lookup(v):
    try:
        with Manager():
            match v:
                case int(n) if n > 0:
                    return f"positive {n}"
                case int():
                    return "not positive"
                case str(s):
                    raise TypeError(f"a string: {s}")
    finally:
        print("  finally")
    return "fell through"

for v in [3, -3, 1.5]:
    print(lookup(v))
try:
    lookup("s")
except TypeError as e:
    print("TypeError:", e)

def first_even(items):
    for i in items:
        try:
            match i:
                case int(x) if x % 2 == 0:
                    return x
                case int():
                    continue
                case _:
                    break
        finally:
            print("  checked", i)
    return None

print(first_even([1, 3, 4, 5]))
print(first_even([1, "stop", 2]))
