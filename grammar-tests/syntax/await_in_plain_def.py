def main():
    return await x
