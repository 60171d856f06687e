match value:
    case {-0.0: a, 0: b}:
        pass
