# bytearray mutation: item and slice assignment, append/extend/insert/pop/remove/clear/reverse, +=.
ba = bytearray(b"hello")
ba[0] = 72
ba[-1] = ord("O")
print(ba, ba[0], ba[1:3], type(ba[1:3]).__name__)
ba.append(33)
ba.extend(b"??")
ba.extend([65, 66])
ba.insert(0, 62)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("?"))
print(ba)
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
del ba[::2]
print(ba)
ba.reverse()
print(ba)
ba += b"++"
ba *= 2
print(ba, ba.count(b"+"), ba.find(b"+"), ba.replace(b"+", b"-"))
c = ba.copy()
ba.clear()
print(ba, c, bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"x") == b"x")
for bad in [lambda: ba.append(256), lambda: ba.append("a"), lambda: ba.pop(), lambda: ba.remove(5), lambda: ba.insert(0, -1)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    hash(bytearray())
except TypeError as e:
    print("TypeError:", e)
m = bytearray(b"abcdef")
m[1:5:2] = b"XY"
print(m, m.upper(), m.decode(), m.hex(), bytes(m))
try:
    m[::2] = b"too long"
except ValueError as e:
    print("ValueError:", e)
