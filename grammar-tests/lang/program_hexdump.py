# A hexdump / binary record encoder over bytes and bytearray, with checksums.


def hexdump(data, width=8):
    lines = []
    for offset in range(0, len(data), width):
        chunk = data[offset:offset + width]
        hexes = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{offset:08x}  {hexes:<{width * 3 - 1}}  |{text}|")
    return "\n".join(lines)


def checksum(data):
    total = 0
    for b in data:
        total = (total * 31 + b) & 0xFFFFFFFF
    return total


def encode_record(name, values):
    raw = name.encode("utf-8")
    out = bytearray()
    out.append(len(raw))
    out += raw
    out.append(len(values))
    for v in values:
        out += v.to_bytes(4, "big", signed=True)
    out += checksum(out).to_bytes(4, "little")
    return bytes(out)


class CorruptRecord(ValueError):
    pass


def decode_record(blob):
    body, tail = blob[:-4], blob[-4:]
    if checksum(body) != int.from_bytes(tail, "little"):
        raise CorruptRecord(f"bad checksum {tail.hex()}")
    n = body[0]
    name = body[1:1 + n].decode("utf-8")
    count = body[1 + n]
    pos = 2 + n
    values = [int.from_bytes(body[pos + 4 * i:pos + 4 * i + 4], "big", signed=True) for i in range(count)]
    return name, values


rec = encode_record("caf\u00e9", [1, -2, 70000, 2**31 - 1])
print(rec)
print(hexdump(rec))
print(decode_record(rec))
broken = bytearray(rec)
broken[3] ^= 0xFF
try:
    decode_record(bytes(broken))
except ValueError as e:
    print(type(e).__name__, e)
print(hexdump(b"Hello, bytes!\x00\x01\xff", width=6))
data = bytes(range(0, 256, 17))
print(data.hex(), data.hex(":"), bytes.fromhex("de ad be ef"), list(data[:3]), data[-1])
buf = bytearray(b"abc")
buf.extend(b"def")
buf[0] = ord("A")
buf[1:3] = b"XYZ"
del buf[-1]
print(buf, len(buf), buf.upper(), buf.find(b"Z"), b"".join([b"a", b"b"]), bytes(3))
print(b"a,b,,c".split(b","), b"  pad ".strip(), b"%d-%s" % (5, b"x"), b"ab" * 2, b"b" in b"abc")
for bad in [lambda: (300).to_bytes(1, "big"), lambda: bytes([256]), lambda: b"x" + "y",
            lambda: b"\xff".decode("utf-8"), lambda: buf.__setitem__(0, -1)]:
    try:
        bad()
    except (OverflowError, ValueError, TypeError, UnicodeDecodeError) as e:
        print(f"{type(e).__name__}: {e}")
print(checksum(b""), checksum(b"abc"), hex(checksum(rec)))
