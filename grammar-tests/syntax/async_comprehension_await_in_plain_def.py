def main():
    return [await v for v in source]
