"""A participant page outside the numbered path: the positioning pre-test and the appreciation surveys.

These pages have no module id, so they record no visit and show a short
bar (back to the welcome page, other language) instead of the module
navigation. Notebooks start with::

    from kit.ui.own_page import open_page
    page = open_page("avis")

>>> "00_bienvenue.ipynb" in own_nav_html("avis", "fr")
True
"""

from __future__ import annotations

import html
from pathlib import Path

from kit.core.languages import notebook_language, t
from kit.ui.page import Page, display_header, kit_css

# The pages outside the path: notebook stem -> message key of its title.
OWN_PAGES = {"positionnement": "own_page.positionnement", "avis": "own_page.avis"}


def own_nav_html(name: str, lang: str) -> str:
    """The ``<nav>`` of a page outside the path: back to the welcome page, and the other language."""
    other = f'{"en/" if lang == "fr" else "../"}{name}.ipynb'
    return (
        f'<nav class="kit-nav" aria-label="{html.escape(t("nav.label", lang))}"><div class="kit-nav-steps">'
        f'<a href="00_bienvenue.ipynb" rel="prev">← {html.escape(t("own_page.back", lang))}</a>'
        f'<span aria-current="page">{html.escape(t(OWN_PAGES[name], lang))}</span>'
        f'<a href="{other}" lang="{"en" if lang == "fr" else "fr"}">{html.escape(t("nav.other_language", lang))}</a>'
        "</div></nav>"
    )


def _content_ok() -> bool:
    from kit.content.library import ContentError, load, load_all

    try:
        load("objectives")
        load_all("survey")
    except ContentError:
        return False
    return True


def open_page(name: str, path: Path | None = None, lang: str | None = None, show: bool = True) -> Page:
    """Open ``positionnement`` or ``avis``: load (or create) the progress, without recording a module visit.

    Args:
        name: the notebook's stem, a key of :data:`OWN_PAGES`.
        path: the progress file (default: the per-user autosave location).
        lang: ``"fr"`` or ``"en"`` (default: from the notebook's folder).
        show: display the bar and notices (False in tests).
    """
    from kit.core.notices import notice_html

    if name not in OWN_PAGES:
        raise KeyError(f"unknown page {name!r}; known pages: {', '.join(OWN_PAGES)}")
    from kit.progress.store import (
        ProgressStore,  # the progress model (pydantic) loads with the first file
    )

    lang = lang or notebook_language()
    store = ProgressStore.open(path, lang=lang)
    store.progress.profile.language = lang
    page = Page(name, lang, store, ok=_content_ok())
    parts = [f"<style>{kit_css()}</style>", own_nav_html(name, lang)]
    if not page.ok:
        parts.append(notice_html(t("content.broken_for_participant", lang), "error"))
    if store.notice is not None:
        parts.append(notice_html(store.notice.message(lang), "warning"))
    if show:
        display_header("".join(parts), lang, page.alert)
    return page
