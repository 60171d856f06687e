def main():
    for a in b:
        async for item in source:
            pass
