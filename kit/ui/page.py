"""A notebook page of the kit: its language, the participant's progress and the navigation bar.

Notebooks start with::

    from kit.ui.page import open_module
    page = open_module("01")

Every view (save panel, diagnostic, …) takes this ``page``: it saves through
it and is told when the whole progress is replaced (restore, start over).
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from kit.content.library import ContentError
from kit.core.languages import notebook_language, t
from kit.core.notices import notice_html
from kit.progress.errors import ChangeRefused

if TYPE_CHECKING:
    from kit.progress.store import ProgressStore

_CSS = None


def kit_css() -> str:
    """The kit's stylesheet, read from ``kit/assets/kit.css``."""
    global _CSS
    if _CSS is None:
        _CSS = resources.files("kit").joinpath("assets/kit.css").read_text("utf-8")
    return _CSS


class Page:
    """One module page; ``ok`` is False when the content files are broken."""

    def __init__(self, module_id: str, lang: str, store: ProgressStore, ok: bool = True):
        import ipywidgets as widgets

        self.module_id = module_id
        self.lang = lang
        self.store = store
        self.ok = ok
        self._listeners: list[Callable[[str], None]] = []
        self.alert = widgets.HTML()  # shown in the page's header: why a change could not be saved

    @property
    def progress(self):
        return self.store.progress

    def t(self, key: str, **params) -> str:
        """A kit message in the page's language."""
        return t(key, self.lang, **params)

    def on_change(self, callback: Callable[[str], None]) -> None:
        """Call ``callback(event)`` after "saved" and "replaced" events."""
        self._listeners.append(callback)

    def _notify(self, event: str) -> None:
        for callback in list(self._listeners):
            callback(event)

    def save(self) -> bool:
        """Autosave the progress and tell the views; False when the change was refused.

        A refused change (:class:`kit.progress.errors.ChangeRefused`) is said in words in the page's
        header; the views are told to show the last saved progress again ("replaced").
        """
        try:
            self.store.save()
        except ChangeRefused as refused:
            self.alert.value = notice_html(refused.message(self.lang), "error")
            self._notify("replaced")
            return False
        self.alert.value = ""
        self._notify("saved")
        return True

    def restore(self, raw: bytes) -> None:
        """Replace the progress with an uploaded file (raises ProgressError, keeping the current one)."""
        self.store.restore(raw)
        self._keep_language()
        self._notify("replaced")

    def start_over(self) -> None:
        """Erase this machine's progress and start a new one."""
        self.store.start_over()
        self._keep_language()
        self._notify("replaced")

    def _keep_language(self) -> None:
        self.store.progress.profile.language = self.lang
        self.store.save()


def open_module(module_id: str, path: Path | None = None, lang: str | None = None, show: bool = True) -> Page:
    """Open a module page: load (or create) the progress, record the visit, show the navigation.

    Args:
        module_id: ``"00"`` to ``"08"``.
        path: the progress file (default: the per-user autosave location).
        lang: ``"fr"`` or ``"en"`` (default: from the notebook's folder).
        show: display the navigation bar and notices (False in tests).

    Projector mode (``?projecteur=1`` in the Voilà address, or ``KIT_PROJECTOR=1``)
    adds ``kit/assets/projector.css`` after the kit's stylesheet (see ``kit.ui.projector``).
    """
    from kit.progress.store import (
        ProgressStore,  # the progress model (pydantic) loads with the first file
    )
    from kit.ui.navigation import navigation_html
    from kit.ui.projector import projector_query, projector_style

    lang = lang or notebook_language()
    store = ProgressStore.open(path, lang=lang)
    store.progress.profile.language = lang
    try:
        parts = [f"<style>{kit_css()}</style>", projector_style(), navigation_html(module_id, lang, query=projector_query())]
        page = Page(module_id, lang, store)
    except ContentError:
        parts = [f"<style>{kit_css()}</style>", notice_html(t("content.broken_for_participant", lang), "error")]
        page = Page(module_id, lang, store, ok=False)
    try:
        store.record_visit(module_id)
    except ChangeRefused as refused:  # a notebook whose module the content no longer declares
        parts.append(notice_html(refused.message(lang), "error"))
    if store.notice is not None:
        parts.append(notice_html(store.notice.message(lang), "warning"))
    if show:
        display_header("".join(parts), lang, page.alert)
    return page


def display_header(markup: str, lang: str, alert=None) -> None:
    """Show a page's header (styles, navigation, notices), its alert area and its link with the browser
    (:mod:`kit.ui.browser_link`)."""
    import ipywidgets as widgets
    from IPython.display import display

    from kit.ui.browser_link import BrowserLink

    display(*[w for w in (widgets.HTML(markup), alert, BrowserLink(lang)) if w is not None])


def show(view) -> None:
    """Display a view (anything with a ``widget`` attribute) in the notebook."""
    display_if_ok(view.page, view.widget)


def display_if_ok(page, widget) -> None:
    """Display ``widget`` unless the page's content is broken (then the page already said so)."""
    from IPython.display import display

    if page.ok:
        display(widget)
