import warnings

async def loud():
    pass

warnings.simplefilter("error", RuntimeWarning)
c = loud()
try:
    del c
except RuntimeWarning:
    print("not raised here: the warning is unraisable")
print("continues")
