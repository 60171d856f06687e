match value:
    case {1e16: a, 10000000000000000: b}:
        pass
