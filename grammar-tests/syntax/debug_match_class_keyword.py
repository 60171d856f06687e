match value:
    case Point(__debug__=0):
        pass
