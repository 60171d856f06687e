# sys.float_info and sys.int_info (struct sequences) and the encodings sys reports.
import sys

fi = sys.float_info
print(fi)
print(fi.max == 1.7976931348623157e308, fi.epsilon == 2.0 ** -52, fi.mant_dig, fi.dig, fi[9], len(fi))
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0, fi.max * 2, fi.min / 2 > 0)
print(type(fi).__name__, isinstance(fi, tuple), fi.radix ** fi.mant_dig == 2 ** 53)
print(sys.int_info, sys.int_info.bits_per_digit)
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
try:
    fi.max = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    sys.getdefaultencoding(1)
except TypeError as e:
    print("TypeError")
