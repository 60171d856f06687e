# conformance: whole-stderr
import warnings

async def quiet_one():
    pass

async def loud_one():
    pass

warnings.filterwarnings("ignore", message="coroutine 'quiet.*")
quiet_one()
loud_one()
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="COROUTINE")
loud_one()
print("done")
