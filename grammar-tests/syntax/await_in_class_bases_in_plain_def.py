def main():
    class C(await base):
        pass
