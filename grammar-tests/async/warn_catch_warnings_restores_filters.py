# conformance: whole-stderr
import warnings

async def c():
    pass

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    c()
    print("ignored inside")
c()
print("shown outside")
