def g():
    yield 1

async def c():
    pass

co = c()
for name in ["send", "throw", "close", "__await__", "cr_await", "cr_frame", "cr_running", "cr_code"]:
    print(name, hasattr(co, name), hasattr(g(), name))
print(hasattr(co, "__next__"), hasattr(co, "__iter__"))
co.close()
