"""Generators: pipelines of generator functions and expressions, and send()."""


def numbers(n):
    for i in range(n):
        yield i


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def running_total():
    total = 0
    while True:
        x = yield total
        total += x


def main():
    s = sum(x * 3 for x in evens(numbers(1_000_000)))
    acc = running_total()
    next(acc)
    last = 0
    for i in range(300_000):
        last = acc.send(i)
    print(s, last)


main()
