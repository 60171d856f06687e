match value:
    case [*a, *b]:
        pass
