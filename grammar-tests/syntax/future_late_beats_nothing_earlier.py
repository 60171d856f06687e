x = 1
from __future__ import no_such_feature
