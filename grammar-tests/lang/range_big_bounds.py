# ranges whose bounds do not fit in 64 bits: iteration, len, indexing, containment.
big = range(10**20, 10**20 + 3)
print(list(big), len(big), big[-1], 10**20 + 1 in big, big)
r = range(10**20)
print(r[-1], 10**19 in r, r[10**19:10**19 + 2])
try:
    len(range(0, 10**20))
except OverflowError as e:
    print("OverflowError:", e)
