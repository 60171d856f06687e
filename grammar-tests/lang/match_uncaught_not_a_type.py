# An uncaught TypeError: the name called in a class pattern is not a class.
# conformance: whole-stderr
def point(x, y):
    return (x, y)

match point(1, 2):
    case point(x, y):
        print("unreachable")
