# Deleting a class's __name__/__qualname__, and int.__new__(bool).
class A:
    pass


for attr in ("__name__", "__qualname__"):
    try:
        delattr(A, attr)
    except TypeError as e:
        print(attr, "TypeError:", e)
    print(getattr(A, attr))

A.__name__ = "B"
print(A.__name__, A.__qualname__, A)
try:
    A.__name__ = 5
except TypeError as e:
    print("TypeError:", e)

try:
    int.__new__(bool, 1)
except TypeError as e:
    print("TypeError:", e)
print(int.__new__(int, "12"), bool(1), int(True), True + 1, bool.__new__(bool, 0))


class MyInt(int):
    pass


print(int.__new__(MyInt, 7), type(int.__new__(MyInt, 7)).__name__)
