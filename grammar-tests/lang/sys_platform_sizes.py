# sys.platform, maxsize, byteorder, maxunicode, and what code derives from them.
import sys

print(sys.platform, sys.platform.startswith("linux"), type(sys.platform).__name__)
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxsize + 1, -sys.maxsize - 1)
print(sys.byteorder, sys.byteorder in ("little", "big"))
print(sys.maxunicode, hex(sys.maxunicode), chr(sys.maxunicode) == "\U0010ffff")
print((1).to_bytes(2, sys.byteorder), int.from_bytes(b"\x01\x00", sys.byteorder))
print(len(range(sys.maxsize)), sys.maxsize.bit_length())
try:
    chr(sys.maxunicode + 1)
except ValueError as e:
    print("ValueError:", e)
try:
    [0] * (sys.maxsize + 1)
except OverflowError as e:
    print("OverflowError:", e)
print(isinstance(sys.executable, str), isinstance(sys.builtin_module_names, tuple), "sys" in sys.builtin_module_names)
