# with inside loops (continue/break/raise leave through __exit__), return from with and nested
# finally, a truthy non-bool __exit__ result suppresses, with inside a closed generator.
class Acc:
    def __init__(self): self.log = []
    def __enter__(self):
        self.log.append("enter"); return self.log
    def __exit__(self, t, v, tb):
        self.log.append(("exit", t.__name__ if t else None))
        return t is KeyError
a = Acc()
for i in range(3):
    with a as log:
        if i == 0: continue
        if i == 1: raise KeyError
        break
print(a.log)
def ret():
    with Acc() as log:
        return log
print(ret())
def nested_ret():
    try:
        with Acc() as log:
            try:
                return "inner"
            finally:
                log.append("finally")
    finally:
        print("outer finally")
print(nested_ret())
class Bad:
    def __enter__(self): return self
    def __exit__(self, *a): return "truthy"
with Bad():
    1/0
print("suppressed by truthy string")
def gen_with():
    with Acc() as log:
        yield log
        yield "second"
g = gen_with()
first = next(g)
g.close()
print(first)
with Acc() as x, Acc() as y:
    x.append("body")
print(x, y)
