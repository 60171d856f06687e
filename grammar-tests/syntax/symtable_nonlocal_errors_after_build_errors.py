nonlocal q
def f():
    from os import *
