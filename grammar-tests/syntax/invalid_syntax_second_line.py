# A plain syntax error on the second line: the whole CPython report (carets included) must match.
x = 1
x = = 2
