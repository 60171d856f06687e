config.__debug__ = True
