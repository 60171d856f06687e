# sys.exc_info() inside async generators, __aexit__ across an await, and __context__ after a suspension.
import sys
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class W:
    def __await__(self):
        yield
async def ag():
    try:
        raise KeyError('in agen')
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
async def main():
    g = ag()
    try:
        raise ValueError('outer')
    except ValueError:
        print(await g.__anext__(), sys.exc_info()[0].__name__)
    print(await g.__anext__(), sys.exc_info()[0])
    print(await g.__anext__())
run(main())
class M:
    async def __aexit__(self, t, v, tb):
        print('in aexit exc_info:', sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
        await W()
        print('after await exc_info:', sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
        return True
    async def __aenter__(self): pass
async def m2():
    async with M():
        raise IndexError
    print('outside', sys.exc_info())
run(m2())
async def m3():
    try:
        raise KeyError('a')
    except KeyError:
        try:
            await W()
            raise ValueError('b')
        except ValueError as e:
            return repr(e.__context__)
c = m3(); c.send(None)
try: c.send(None)
except StopIteration as e: print(e.value)
