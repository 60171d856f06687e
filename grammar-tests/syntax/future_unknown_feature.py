from __future__ import annotations, no_such_feature
