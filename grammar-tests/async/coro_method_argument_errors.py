# Argument checks of the coroutine and async generator methods.
async def f(): pass
async def ag(): yield
c = f()
g = ag()
for call in ["c.send()", "c.send(1, 2)", "c.throw()", "c.close(1)", "g.asend()", "g.athrow()", "g.aclose(1)", "anext()", "aiter()", "anext(g, 1, 2)", "c.__await__(1)", "type(c)()", "type(g)()", "g.__anext__(1)"]:
    try:
        eval(call)
        print(call, "ok")
    except TypeError as e:
        print(call, "TypeError:", e)
c.close()
import sys
try: sys.set_asyncgen_hooks(1, 2, 3)
except TypeError as e: print(e)
try: sys.set_asyncgen_hooks(foo=1)
except TypeError as e: print(e)
print(sys.set_asyncgen_hooks())
