# format specs for strings: fill, align, width, precision; errors for numeric options.
for spec in ["", "5", "<5", ">5", "^5", "*^6", "-<4", ".2", "8.3", "^9.1", "é>4"]:
    print(repr(spec), repr(format("abc", spec)), repr(format("日本語", spec)))
print(repr(format("", "^3")), repr(format("toolong", "3")))
for spec in ["+", "=5", "05", ",", "#"]:
    try:
        print(format("abc", spec))
    except ValueError as e:
        print("ValueError:", e)
print(repr(format(None, ">6")) if False else repr(format(str(None), ">6")))
try:
    format(None, ">6")
except TypeError as e:
    print("TypeError:", e)
try:
    format([1], "5")
except TypeError as e:
    print("TypeError:", e)
