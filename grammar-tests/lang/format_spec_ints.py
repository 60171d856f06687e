# format specs for ints: fill/align/sign/#/0/width/grouping, types b c d o x X n.
n = 1234567
for spec in ["", "d", "10d", "<10d", ">10d", "^10d", "*^11d", "+d", " d", "-d", "=+12d", "012d",
             ",", "_", "_x", "_b", "#x", "#X", "#o", "#b", "08b", "#010x", ",d", "15,", "n", "x", "o", "e", "f", ".2%", "g"]:
    print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)))
print(format(65, "c"), format(0x1F600, "c"), format(0, "#x"), format(-1, "#b"), format(True, "x"))
print(format(10**25, ","), format(-(10**25), "_"), format(2**64, "#x"))
for spec in [",c", "#c", ".2d", "z", ",_", "=s"]:
    try:
        print(format(5, spec))
    except ValueError as e:
        print("ValueError:", e)
