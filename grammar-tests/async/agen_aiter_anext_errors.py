def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
try:
    aiter(5)
except TypeError as e:
    print(e)
try:
    anext(5)
except TypeError as e:
    print(e)
try:
    anext([1])
except TypeError as e:
    print(e)

class NoAnext:
    def __aiter__(self):
        return 1
try:
    aiter(NoAnext())
except TypeError as e:
    print(e)
