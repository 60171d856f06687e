def main():
    x: (yield) = 1
    return x
