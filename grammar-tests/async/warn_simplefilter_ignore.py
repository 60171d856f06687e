# conformance: whole-stderr
import warnings

async def quiet():
    pass

warnings.simplefilter("ignore")
quiet()
print("nothing printed")
warnings.simplefilter("default")
quiet()
print("printed once")
