# conformance: whole-stderr
# An uncaught NameError gets CPython's "Did you mean" suggestion from the frame's names.
def compute(values):
    total = 0
    for value in values:
        total += vlaue
    return total


compute([1])
