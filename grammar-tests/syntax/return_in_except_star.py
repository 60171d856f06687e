def main():
    try:
        pass
    except* ValueError:
        return
