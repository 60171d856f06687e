# int.__floor__ and int.__ceil__: an int is its own floor and ceiling; subclasses give a plain int.
class I(int):
    pass


for x in [0, 7, -7, 2**70, -(2**70), True, I(5)]:
    f, c = x.__floor__(), x.__ceil__()
    print(repr(x), f, c, type(f).__name__, type(c).__name__)
print(int.__floor__(3), int.__ceil__(-3))
try:
    int.__floor__(2.5)
except TypeError as e:
    print("TypeError:", e)
try:
    (3).__ceil__(1)
except TypeError as e:
    print("TypeError:", e)
try:
    (3).__floor__(x=1)
except TypeError as e:
    print("TypeError:", e)
