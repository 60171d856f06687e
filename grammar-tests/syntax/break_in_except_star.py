for item in items:
    try:
        pass
    except* ValueError:
        break
