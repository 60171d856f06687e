# conformance: whole-stderr
# A subscript filling its whole line still gets ~~~^^^ markers (an anchor to point at).
x = {"a": [1, 2]}
x["a"][5]
