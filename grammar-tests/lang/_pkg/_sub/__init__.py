from .. import PKG_CONST
from .._mod import mod_value as parent_value
from . import _leaf
