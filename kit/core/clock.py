"""The time of the kit: every date a progress file or a document records comes from here.

>>> now().tzinfo is not None
True
"""

from __future__ import annotations

from datetime import datetime, timezone


def now() -> datetime:
    """The current local time, with its UTC offset."""
    return datetime.now(timezone.utc).astimezone()
