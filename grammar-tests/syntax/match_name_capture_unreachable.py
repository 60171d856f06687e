match value:
    case other:
        pass
    case 1:
        pass
