# from m import * honours __all__, skips underscore names otherwise; a missing __all__ entry fails.
from _star_all import *
print(exported, also)
try:
    not_listed
except NameError as e:
    print(e)
from _star_noall import *
print(public)
try:
    _private
except NameError as e:
    print(e)
try:
    _sys_alias
except NameError as e:
    print(e)
try:
    from _star_bad_all import *
except AttributeError as e:
    print(e)
