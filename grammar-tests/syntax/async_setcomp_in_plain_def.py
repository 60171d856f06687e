def main():
    return {v async for v in source}
