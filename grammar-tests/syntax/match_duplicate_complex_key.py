match value:
    case {-1-1j: a, -1-1j: b}:
        pass
