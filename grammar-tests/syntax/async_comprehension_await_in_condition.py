def main():
    return [v for v in source if await check(v)]
