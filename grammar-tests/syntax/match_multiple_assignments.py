match value:
    case [a, a]:
        pass
