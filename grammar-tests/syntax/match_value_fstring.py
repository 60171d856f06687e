match value:
    case f'k':
        pass
