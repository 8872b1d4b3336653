"""The documents the kit exports (printable pages): their shared print stylesheet.

>>> "@media print" in print_css()
True
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def print_css() -> str:
    """``kit/assets/print.css``: black on white when printed, tables and cards never cut."""
    return resources.files("kit").joinpath("assets/print.css").read_text("utf-8")
