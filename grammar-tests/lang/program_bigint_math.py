# Number crunching: big-integer factorials and Fibonacci, primes by sieve, gcd/lcm, base
# conversion by hand, float formatting, divmod with negatives, and rounding rules.


def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


def fib_pair(n):
    if n == 0:
        return 0, 1
    a, b = fib_pair(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n % 2 else (c, d)


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0:2] = [False, False]
    for p in range(2, int(limit ** 0.5) + 1):
        if is_prime[p]:
            is_prime[p * p::p] = [False] * len(range(p * p, limit + 1, p))
    return [i for i, flag in enumerate(is_prime) if flag]


def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


f100 = factorial(100)
print(f100)
print(len(str(f100)), sum(int(d) for d in str(f100)), str(f100).count("0"), f100.bit_length())
print(fib_pair(300)[0], fib_pair(10))
primes = sieve(100)
print(primes, len(sieve(10000)))
print([to_base(n, b) for n, b in [(255, 2), (255, 16), (-42, 7), (0, 3), (2**64, 36)]])
print(all(int(to_base(n, b), b) == n for n in (1, 99, 12345, -77) for b in (2, 8, 16, 36)))
print(gcd(2**40 * 3**5, 2**10 * 3**20), (12 * 18) // gcd(12, 18))
print([divmod(a, b) for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]], -7 // 2, -7 % 2)
print(divmod(7.5, 2), divmod(-7.5, 2), 2 ** -1, (-8) ** (1 / 3) if False else "skip")
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5)], round(2.675, 2), round(1234.5678, -2), round(15, -1))
print(0.1 + 0.2, 1 / 3, 2 / 3 * 3, 1e16, 1e-5, 123456789012345678.0, 1.0, -0.0, float("inf"), float("nan"))
print(f"{1 / 3:.10f} {2**0.5:e} {1e6:g} {1e-7:g} {123.456:08.2f} {-1.5:+.0f} {0.000015:.2e}")
print(int("ff", 16), int("0o17", 0), int("1_000"), int(" -12 "), int(3.99), int(-3.99), 7 ** 77 % 1000)
print(pow(3, 200, 1000003), pow(2, -1, 7), abs(-2**70), (2**70).to_bytes(9, "big").hex())
print(10**30 // 7, 10**30 % 7, -(10**30) // 7, (10**20) / 3, 2**100 == 2.0**100, 2**53 + 1 == float(2**53 + 1))
for bad in ["int('12x')", "int('1', 1)", "10 ** 400 * 1.0", "divmod(1, 0)", "1 % 0.0"]:
    try:
        print(eval(bad))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(f"{type(e).__name__}: {e}")
