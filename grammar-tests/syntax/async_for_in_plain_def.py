def main():
    async for item in source:
        pass
