# hex, oct, bin of ints (negative, big, bool) and __index__ objects.
print(hex(255), hex(-255), hex(0), hex(2**100), oct(8), oct(-8), oct(0), bin(5), bin(-5), bin(0))
print(bin(True), hex(False), bin(2**65 + 1))
class I:
    def __index__(self):
        return 10
print(hex(I()), oct(I()), bin(I()))
for f in (hex, oct, bin):
    try:
        f(1.5)
    except TypeError as e:
        print("TypeError:", e)
try:
    hex("10")
except TypeError as e:
    print("TypeError:", e)
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2), int(hex(-77), 0))
