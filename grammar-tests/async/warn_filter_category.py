# conformance: whole-stderr
import warnings

async def one():
    pass

warnings.simplefilter("ignore", DeprecationWarning)
one()
warnings.simplefilter("ignore", RuntimeWarning)
one()
warnings.simplefilter("ignore", Warning)
print("ignored by category")
