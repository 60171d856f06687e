match value:
    case {'k': a, 'k': b}:
        pass
