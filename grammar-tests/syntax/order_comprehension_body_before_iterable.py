values = [await v for v in await source]
