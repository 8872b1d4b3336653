"""The navigation bar every page shows: the nine modules, "you are here", previous/next.

>>> html_text = navigation_html("01", "fr")
>>> 'aria-current="page"' in html_text and "00_bienvenue.ipynb" in html_text
True
"""

from __future__ import annotations

import html
import os

from kit.content.library import load
from kit.content.names import module_label
from kit.core.languages import pick, t
from kit.core.paths import PREPARED_MARKER, notebooks_dir, prepared_session_folder


def prepared_notebooks() -> set[str] | None:
    """In a session made by ``python -m kit prepare``: the notebooks of its folder (names
    without ``.ipynb``), from ``$KIT_PREPARED`` while it runs, from the folder's
    ``.kit-donnees/seance.json`` afterwards; None elsewhere.

    A prepared folder holds only those, in one language: the others get no link.
    """
    value = os.environ.get("KIT_PREPARED")
    if value is not None:
        return set(value.split())
    session = prepared_session()
    return set(session["notebooks"]) if session else None


def prepared_session() -> dict | None:
    """The description a prepared session folder keeps of itself (language, sector, notebooks), if any."""
    import json

    folder = prepared_session_folder()
    if folder is None:
        return None
    try:
        return json.loads((folder / PREPARED_MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def available(notebook: str) -> bool:
    """Whether the notebook of a module exists yet (the others are shown without a link)."""
    prepared = prepared_notebooks()
    if prepared is not None:
        return notebook in prepared
    return (notebooks_dir() / f"{notebook}.ipynb").exists()


def module_link_html(module_id: str, lang: str, query: str = "") -> str:
    """The module's number and title, a link to its page when the page is there (escaped).

    >>> module_link_html("06", "fr")
    '<a href="06_quoi_dire.ipynb">06 · Quoi dire ?</a>'
    """
    module = next(m for m in load("modules").modules if m.id == module_id)
    label = html.escape(module_label(module.id, lang))
    return f'<a href="{module.notebook}.ipynb{query}">{label}</a>' if available(module.notebook) else label


def navigation_html(module_id: str, lang: str, query: str = "") -> str:
    """The ``<nav>`` landmark for ``module_id``, with links relative to the notebook's folder.

    ``query`` (e.g. ``"?projecteur=1"``) is added to every link, so projector mode follows the trainer.
    """
    all_modules = load("modules").modules
    modules = [m for m in all_modules if m.id == module_id or available(m.notebook)]
    ids = [m.id for m in modules]
    here = ids.index(module_id)
    items = []
    for module in all_modules:
        label = html.escape(module_label(module.id, lang))
        if module.id == module_id:
            items.append(f'<li><span aria-current="page">{label} <span class="kit-muted">({t("nav.here", lang)})</span></span></li>')
        elif available(module.notebook):
            items.append(f'<li><a href="{module.notebook}.ipynb{query}">{label}</a></li>')
        elif prepared_notebooks() is not None:  # a prepared session without this module
            items.append(f'<li><span class="kit-muted">{label}</span></li>')
        else:
            items.append(f'<li><span class="kit-muted">{label} ({t("nav.soon", lang)})</span></li>')
    steps = []
    if here > 0:
        prev = modules[here - 1]
        steps.append(f'<a href="{prev.notebook}.ipynb{query}" rel="prev">← {t("nav.previous", lang)} : {html.escape(pick(prev.title, lang))}</a>')
    else:
        steps.append("<span></span>")
    if prepared_notebooks() is None:  # a prepared session has one language only
        other = "en/" if lang == "fr" else "../"
        steps.append(f'<a href="{other}{modules[here].notebook}.ipynb{query}" lang="{"en" if lang == "fr" else "fr"}">{t("nav.other_language", lang)}</a>')
    if here < len(modules) - 1:
        nxt = modules[here + 1]
        steps.append(f'<a href="{nxt.notebook}.ipynb{query}" rel="next">{t("nav.next", lang)} : {html.escape(pick(nxt.title, lang))} →</a>')
    return (
        f'<nav class="kit-nav" aria-label="{t("nav.label", lang)}">'
        f'<ol>{"".join(items)}</ol><div class="kit-nav-steps">{"".join(steps)}</div></nav>'
    )
