"""Short messages shown to participants: a symbol and words, never colour alone.

>>> "⚠" in notice_html("Attention", "warning")
True
"""

from __future__ import annotations

import html

_SYMBOLS = {"ok": "✔", "warning": "⚠", "error": "✖", "info": "ℹ"}
_ROLES = {"ok": "status", "info": "status", "warning": "alert", "error": "alert"}


def notice_html(text: str, level: str = "info") -> str:
    """An escaped message box; ``level`` is ok, info, warning or error."""
    return (
        f'<div class="kit-notice kit-notice-{level}" role="{_ROLES[level]}">'
        f'<span aria-hidden="true">{_SYMBOLS[level]}</span> {html.escape(text)}</div>'
    )
