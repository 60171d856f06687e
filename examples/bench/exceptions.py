"""Raising and catching exceptions, try/finally, and with-blocks."""


class Resource:
    def __init__(self):
        self.opened = 0

    def __enter__(self):
        self.opened += 1
        return self

    def __exit__(self, *exc):
        self.opened -= 1
        return False


def parse(token):
    if not token.isdigit():
        raise ValueError(f"bad token {token!r}")
    return int(token)


def main():
    tokens = [str(i) if i % 4 else "x" for i in range(300_000)]
    good = bad = 0
    r = Resource()
    for t in tokens:
        try:
            with r:
                good += parse(t)
        except ValueError:
            bad += 1
        finally:
            good += 1
    d = {}
    misses = 0
    for i in range(200_000):
        try:
            d[i % 100]
        except KeyError:
            d[i % 100] = i
            misses += 1
    print(good, bad, misses, r.opened)


main()
