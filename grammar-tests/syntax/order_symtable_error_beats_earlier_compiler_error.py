await x
def main():
    nonlocal y
