values = [await v for v in source]
