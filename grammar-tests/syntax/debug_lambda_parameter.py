handler = lambda __debug__: 1
