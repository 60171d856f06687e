match value:
    case {'k': a, **a}:
        pass
