"""One remark on a post, shared by the post check and the tone advice.

>>> Warning("empty", "hard", "Le texte est vide.").level
'hard'
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Warning:  # noqa: A001 — the name the drafting workshop uses; shadows the builtin only in this module
    """One remark on a post: ``level`` is ``hard`` (the platform refuses the post) or ``advice``."""

    code: str
    level: str
    message: str
