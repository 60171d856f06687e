values = [v async for v in source]
