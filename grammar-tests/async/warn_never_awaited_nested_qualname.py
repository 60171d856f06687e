# conformance: whole-stderr
class Service:
    async def fetch(self):
        pass

def make():
    async def inner():
        pass
    return inner

Service().fetch()
make()()
print("done")
