for *rest in values:
    pass
