pending = (await v for v in [])
print(type(pending).__name__)
