with manager as __debug__:
    pass
