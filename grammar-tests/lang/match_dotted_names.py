# Dotted names are value patterns (compared with ==); a bare name is a capture.
class Color:
    RED = "red"
    GREEN = "green"

    class Shade:
        DARK = 0
        LIGHT = 1

import sys

def paint(c, shade=None):
    match c:
        case Color.RED:
            r = "it is red"
        case Color.GREEN:
            r = "it is green"
        case sys.maxsize:
            r = "it is maxsize"
        case other:
            r = f"unknown colour {other!r}"
    match shade:
        case Color.Shade.DARK:
            r += ", dark"
        case Color.Shade.LIGHT:
            r += ", light"
    return r

print(paint("red"))
print(paint("green", 0))
print(paint("blue", 1))
print(paint(sys.maxsize, 2))

# The attribute is looked up every time the case is tried.
Color.RED = "crimson"
print(paint("red"))
print(paint("crimson"))

# A missing attribute raises when the case is reached, not before.
class Empty:
    pass

try:
    match 5:
        case 5:
            print("first case wins, Empty.x never looked up")
        case Empty.x:
            pass
    match 6:
        case 5:
            pass
        case Empty.x:
            pass
except AttributeError as e:
    print("AttributeError:", e)
