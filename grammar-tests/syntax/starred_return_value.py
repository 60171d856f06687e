def main():
    return *items
