match value:
    case {1: a, True: b}:
        pass
