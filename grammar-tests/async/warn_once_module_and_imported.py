# conformance: whole-stderr
import warnings
import _coro_helper

_coro_helper.forget()
warnings.simplefilter("once")

async def a():
    pass

for i in range(2):
    a()
a()
warnings.simplefilter("module")
a()
a()
print("end")
