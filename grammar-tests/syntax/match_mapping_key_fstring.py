match value:
    case {f'k': a}:
        pass
