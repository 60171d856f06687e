# Generators whose loops make cyclic garbage, driven by `for`, `sum()`, `list()` and
# `send()`: the collector still runs while they are resumed (each turn of their loop is a
# safe point, even when it is entered from the resume).
import gc

deaths = 0


class Node:
    def __init__(self):
        self.me = self

    def __del__(self):
        global deaths
        deaths += 1


def churn(n):
    for i in range(n):
        Node()
        yield i


def churn_while(n):
    i = 0
    while i < n:
        Node()
        yield i
        i += 1


def count_for(gen):
    total = 0
    for x in gen:
        total += x
    return total


for name, run in [
    ("for", lambda: count_for(churn(60_000))),
    ("sum", lambda: sum(churn(60_000))),
    ("sum genexpr", lambda: sum(x for x in churn(60_000))),
    ("list", lambda: len(list(churn(60_000)))),
    ("while", lambda: sum(churn_while(60_000))),
]:
    deaths = 0
    result = run()
    print(name, result, deaths > 0)


def echo():
    got = None
    while True:
        Node()
        got = yield got


deaths = 0
e = echo()
next(e)
for i in range(60_000):
    e.send(i)
print("send", deaths > 0)
e.close()
gc.collect()
print("done")
