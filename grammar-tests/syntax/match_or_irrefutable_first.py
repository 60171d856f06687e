match value:
    case first | 1:
        pass
