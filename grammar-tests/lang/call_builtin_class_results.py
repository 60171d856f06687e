# Calling builtin classes: int() of decimal text in its many spellings, str(), float(),
# tuple(), and their errors.


class Obj:
    def __str__(self):
        return "hi"


for text in ["0", "7", "-12", "+34", "007", " 5 ", "1_000", "999999999999999999",
             "-999999999999999999", "1000000000000000000", "12345678901234567890", "\u0661\u0662",
             "-0"]:
    v = int(text)
    print(repr(text), v, type(v).__name__)
for bad in ["", "-", "+", "1 2", "0x10", "1__0", "_1", "abc", "--1", "١x"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
s = str(Obj())
print(repr(s), type(s).__name__)
print(str(12), str(-3.5), str(None), str(b"x"), str(), int(), float(), tuple(), bool())
print(float("1.5"), float(" -2 "), tuple("ab"), int(3.9), int(True), int("12", 8))
print(type(int("5")) is int, type(str(5)) is str)
try:
    int("12", base=1)
except ValueError as e:
    print("ValueError:", e)
try:
    int([])
except TypeError as e:
    print("TypeError:", e)
try:
    str(b"x", "nope")
except LookupError as e:
    print("LookupError:", e)
int("1.5")
