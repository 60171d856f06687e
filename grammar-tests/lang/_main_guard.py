def main():
    return "main ran"


if __name__ == "__main__":
    print("guard: running as script")
else:
    print("guard: imported as", __name__)
