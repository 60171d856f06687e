# if/elif/else, conditional expressions, short-circuit evaluation order, chained comparisons.
def trace(v):
    print("eval", v)
    return v


print(trace(0) or trace(1), trace(1) and trace(0), trace(None) or trace(""))
print(trace(1) < trace(2) < trace(0) < trace(5))
x = 5
if x > 10:
    print("big")
elif x > 3:
    print("medium")
else:
    print("small")
print("yes" if x else "no", "a" if not x else "b" if x > 4 else "c")
print(not 0, not [1], 1 if [] else 2)
print(0 < x <= 5 != 6, (x == 5) is not None)
print(any([]), all([]), [] or {} or 0 or "last")
y = trace(0) if trace(False) else trace(2)
print(y)
