# conformance: whole-stderr
# AttributeError on a method call inside a method, quoting the attribute access.
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return self.nme.upper()


Shape("sq").area()
