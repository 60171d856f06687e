def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Service:
    prefix = "svc"
    async def inst(self, x):
        return f"{self.prefix}.inst({x})"
    @classmethod
    async def cls(cls, x):
        return f"{cls.__name__}.cls({x})"
    @staticmethod
    async def static(x):
        return f"static({x})"

async def main():
    s = Service()
    return [await s.inst(1), await Service.cls(2), await s.static(3), await Service.static(4)]

print(run(main()))
print(Service.cls(0).__qualname__)
