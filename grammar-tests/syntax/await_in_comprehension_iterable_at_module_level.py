values = [v for v in await source]
