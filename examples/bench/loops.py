"""Loops over lists and ranges with integer and float arithmetic."""


def main():
    data = list(range(1_000_000))
    total = 0
    for x in data:
        if x % 3 == 0:
            total += x * 2
        else:
            total -= 1
    squares = [x * x for x in range(300_000) if x & 1]
    acc = 0.0
    i = 0
    while i < 1_000_000:
        acc += i * 0.5
        i += 1
    print(total, len(squares), sum(squares) % 1_000_007, acc)


main()
