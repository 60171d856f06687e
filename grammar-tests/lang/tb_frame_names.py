# conformance: whole-stderr
# Frame names in tracebacks: <lambda>, <listcomp>, <genexpr>, methods and class bodies.
class Widget:
    def run(self, items):
        return [(lambda v: 10 // v)(i) for i in items]


def main():
    w = Widget()
    return sum(x for x in w.run([1, 0]))


main()
