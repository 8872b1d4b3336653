"""Short messages shown to participants: a symbol and words, never colour alone.

>>> "⚠" in notice_html("Attention", "warning")
True
"""

from __future__ import annotations

import html

_SYMBOLS = {"ok": "✔", "warning": "⚠", "error": "✖", "info": "ℹ"}
_ROLES = {"ok": "status", "info": "status", "warning": "alert", "error": "alert"}


def notice_html(text: str, level: str = "info", links: dict[str, str] | None = None) -> str:
    """An escaped message box; ``level`` is ok, info, warning or error.

    ``links`` puts ready-made markup (a link built by the kit) in the place of
    a ``{name}`` of ``text``; everything else of ``text`` is escaped.

    >>> notice_html("Voir {page} & co", links={"page": '<a href="06.ipynb">06</a>'}).split("</span> ")[1]
    'Voir <a href="06.ipynb">06</a> &amp; co</div>'
    """
    body = html.escape(text)
    for name, markup in (links or {}).items():
        body = body.replace("{" + name + "}", markup)
    return (
        f'<div class="kit-notice kit-notice-{level}" role="{_ROLES[level]}">'
        f'<span aria-hidden="true">{_SYMBOLS[level]}</span> {body}</div>'
    )
