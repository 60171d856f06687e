def main(source):
    return (v async for v in source)
