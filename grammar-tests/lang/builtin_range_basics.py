# range construction, iteration, and the errors for bad arguments.
print(list(range(5)))
print(list(range(2, 8)))
print(list(range(0, 20, 7)))
print(list(range(10, 0, -3)))
print(list(range(5, 5)), list(range(5, 0)))
print(list(range(-3, 3)))
print(range(3), range(1, 4), range(1, 10, 2), range(0, -5, -1))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range()
except TypeError as e:
    print("TypeError:", e)
try:
    range("a", 3)
except TypeError as e:
    print("TypeError:", e)
print(list(range(True, 4)))
