import warnings

async def strict():
    pass

warnings.simplefilter("error")
strict()
print("the error is reported as unraisable, the program goes on")
