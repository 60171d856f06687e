# conformance: whole-stderr
class Manager:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        raise RuntimeError("aexit failed")

async def main():
    async with Manager():
        raise ValueError("body failed")

main().send(None)
