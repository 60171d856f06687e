# yield from over a non-generator iterator: its StopIteration value, close()/throw() forwarded to its
# methods when it has them; a send()-driven receiver; return inside try with finally.
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration(self.i * 100)
        return self.i
    def close(self): print("It.close called")
    def throw(self, *a): print("It.throw called", a[0].__name__ if isinstance(a[0], type) else type(a[0]).__name__); return "from throw"
def deleg():
    r = yield from It()
    print("result", r)
print(list(deleg()))
d = deleg(); next(d); d.close()
d = deleg(); next(d); print(d.throw(ValueError("x")))
class NoClose:
    def __iter__(self): return self
    def __next__(self): return 1
d2 = (lambda: (yield from NoClose()))()
next(d2); d2.close(); print("closed without close method")
d3 = (lambda: (yield from NoClose()))()
next(d3)
try:
    d3.throw(KeyError("k"))
except KeyError as e:
    print("thrown through", repr(e))
def g():
    try:
        yield
    except Exception as e:
        print("got", type(e).__name__, e.__traceback__ is not None)
        yield "ok"
x = g(); next(x)
print(x.throw(TypeError("tt")))
def sender():
    while True:
        try:
            v = yield
            print("recv", v)
        except GeneratorExit:
            print("exit"); return
s = sender(); next(s); s.send(1); s.send(2); s.close()
def ret_in_try():
    try:
        return (yield 1)
    finally:
        print("cleanup ret")
r = ret_in_try(); next(r)
try: r.send("val")
except StopIteration as e: print("value", e.value)
