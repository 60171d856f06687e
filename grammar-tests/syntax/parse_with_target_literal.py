with x as 1:
    pass
