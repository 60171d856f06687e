def classify(value):
    match value:
        case [a, b] | [b, a, _]:
            return 'pair'
        case {'k': v, **rest} if v:
            return 'mapping'
        case 1 | 2 | 3:
            return 'small'
        case -1 | 1 - 1j | 'x' 'y':
            return 'literal'
        case other if other:
            return 'truthy'
        case _:
            return 'other'

print(classify([1, 2]), classify({'k': 1}), classify(2), classify(-1), classify(0))
