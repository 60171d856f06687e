# sys.get_int_max_str_digits/set_int_max_str_digits: the 3.11 limit on decimal int/str
# conversions can be changed, lifted (0) and restored.
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits)
for v in [0, 640, 641, -1, 2**70, 'a', 5000, 639]:
    try:
        sys.set_int_max_str_digits(v)
        print(v, sys.get_int_max_str_digits())
    except Exception as e:
        print(v, type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(len(str(10**10000)), int('1' * 6000) % 7)
sys.set_int_max_str_digits(700)
for f in [lambda: str(10**700), lambda: str(10**699), lambda: repr(-10**699), lambda: int('1'*701), lambda: '%d' % 10**700, lambda: format(10**700, 'd'), lambda: f'{10**700}', lambda: int('1'*700) > 0, lambda: hex(10**800)[:4], lambda: str(10**5000), lambda: int('1_0' * 400)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=800)
print(sys.get_int_max_str_digits())
try: sys.set_int_max_str_digits()
except TypeError as e: print('TypeError')
sys.set_int_max_str_digits(4300)
try: str(10**4300)
except ValueError as e: print(e)
print(len(str(10**4299)))
