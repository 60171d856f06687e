async def top():
    pass

class Box:
    async def method(self):
        pass
    class Inner:
        async def deep(self):
            pass

def outer():
    async def nested():
        pass
    return nested()

for c in [top(), Box().method(), Box.Inner().deep(), outer()]:
    print(repr(c).split(" at ")[0], type(c).__name__, c.__name__, c.__qualname__)
    c.close()
