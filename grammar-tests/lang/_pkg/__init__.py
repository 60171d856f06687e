print("pkg init, __name__ =", __name__, "__package__ =", __package__)
from . import _mod
from ._mod import mod_value
PKG_CONST = "pkg"
