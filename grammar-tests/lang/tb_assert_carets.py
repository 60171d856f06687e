# conformance: whole-stderr
# A failing assert whose test is a comparison: CPython's carets point at the comparison.
def check(values):
    assert len(values) > 0, "no values"
    assert values[0] == 1, f"first is {values[0]}"


check([1])
check([2, 3])
