config.__debug__: bool
