from ._sub import thing
from . import _sub as s2
VALUE = "pkg"
__all__ = ["VALUE", "_mod2"]
