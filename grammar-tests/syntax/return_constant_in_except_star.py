def main():
    try:
        pass
    except* ValueError:
        return 1
