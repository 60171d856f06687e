async def c():
    pass

co = c()
try:
    iter(co)
except TypeError as e:
    print(e)
try:
    next(co)
except TypeError as e:
    print(e)
try:
    for x in co:
        pass
except TypeError as e:
    print(e)
co.close()
