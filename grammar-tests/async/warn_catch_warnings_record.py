import warnings

async def forgotten():
    pass

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    forgotten()
    forgotten()
print(len(caught))
for w in caught:
    print(w.category.__name__, str(w.message), w.lineno)
print(type(caught[0].message).__name__)
