__debug__ = await x
