# CPython 3.11's 4300-digit limit on int<->str conversion in base 10 (not in power-of-two bases).
ok = int("9" * 4300)
print(len(str(ok)) if False else ok % 1000)
for text in ["1" * 4301, "-" + "2" * 5000, "1_" * 2200 + "1"]:
    try:
        int(text)
    except ValueError as e:
        print("ValueError:", e)
print(int("f" * 5000, 16) % 1000, int("1" * 5000, 2) % 1000, int("7" * 4300, 8) % 1000)
big = 10 ** 5000
for conv in (str, repr, lambda v: f"{v}", lambda v: "%d" % v):
    try:
        conv(big)
    except ValueError as e:
        print("ValueError:", e)
print(len(hex(big)), len(bin(-big)), str(10 ** 4299)[:3], len(str(-(10 ** 4299))))
