match value:
    case [1, 2] | [a, 3]:
        pass
