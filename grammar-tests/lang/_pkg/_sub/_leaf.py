from .. import PKG_CONST as again
leaf = "leaf"
