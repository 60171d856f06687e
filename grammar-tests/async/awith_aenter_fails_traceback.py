# conformance: whole-stderr
# A failing __aenter__ is reported at the async with statement's line, without carets.
class Manager:
    async def __aenter__(self):
        raise KeyError("aenter failed")

    async def __aexit__(self, *exc):
        return False


async def main():
    async with Manager():
        pass


main().send(None)
