"""Participants in reports and file names: a short stable code, never a name unless asked for.

>>> pseudonym("0" * 32)
'P-QTQMB2'
"""

from __future__ import annotations

import base64
import hashlib


def pseudonym(profile_id: str) -> str:
    """A short stable code for a profile id, the same in every report."""
    digest = hashlib.sha256(profile_id.encode("ascii")).digest()
    return "P-" + base64.b32encode(digest).decode("ascii")[:6]
