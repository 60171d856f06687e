from .._mod2 import M2
thing = "thing " + M2
