# conformance: whole-stderr
# Carets under the failing call and the subscript inside a longer line.
def fail(n):
    raise ValueError(f"bad {n}")


def middle(items):
    x = [fail(i) for i in items]
    return x


numbers = {"a": [1, 2]}
print("before", len(numbers))
y = middle(numbers["a"]) if numbers else None
