def main():
    try:
        pass
    except* ValueError as e:
        return e
