"""One."""
"""Two."""
from __future__ import annotations
