def main():
    return [v for v in await source]
