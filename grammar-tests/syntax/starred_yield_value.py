def main():
    yield *items
