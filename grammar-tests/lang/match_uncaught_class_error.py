# An uncaught TypeError from a class pattern ends the program with its traceback.
class Point:
    __match_args__ = ("x",)

    def __init__(self, x):
        self.x = x

for p in [Point(1), Point(2)]:
    match p:
        case Point(1):
            print("one")
        case Point(x, y):
            print("unreachable")
