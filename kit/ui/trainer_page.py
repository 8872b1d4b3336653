"""The header of a trainer notebook (``notebooks/formateur/``): language, kit styles and the trainer navigation.

Trainer notebooks start with::

    from kit.ui.trainer_page import open_trainer_page
    page = open_trainer_page("agenda")

Unlike a participant page there is no progress file: the trainer's views
only read ``exercises/``.

>>> nav = trainer_nav_html("agenda", "fr")
>>> 'aria-current="page"' in nav and 'href="animation.ipynb"' in nav
True
"""

from __future__ import annotations

import html

from kit.core.languages import notebook_language, t
from kit.core.paths import notebooks_dir

# The trainer notebooks, in the order of the navigation bar: file stem -> message key of its label.
TRAINER_NOTEBOOKS = {"agenda": "trainer.agenda", "animation": "trainer.animation", "rapport_groupe": "trainer.rapport_groupe"}


class TrainerPage:
    """A trainer notebook: its language, and whether the content files are usable (``ok``)."""

    def __init__(self, lang: str, here: str | None = None, ok: bool = True):
        self.lang = lang
        self.here = here
        self.ok = ok

    def t(self, key: str, **params) -> str:
        """A kit message in the page's language."""
        return t(key, self.lang, **params)


class Unavailable:
    """Stands for a view when the content is broken: the view's own calls show nothing (the header said why).

    Only the calls named are accepted; any other is an error, as on the real view.

    >>> agenda = Unavailable("choices", "agenda_table")
    >>> agenda.choices() is None
    True
    """

    widget = None

    def __init__(self, *calls: str):
        for name in calls:
            setattr(self, name, lambda *args, **kwargs: None)


def trainer_folder(lang: str):
    """The folder of the trainer notebooks in ``lang``."""
    return notebooks_dir() / ("en/formateur" if lang == "en" else "formateur")


def trainer_nav_html(here: str | None, lang: str) -> str:
    """The ``<nav>`` landmark of the trainer pages; notebooks not written yet are left out."""
    items = []
    for stem, key in TRAINER_NOTEBOOKS.items():
        label = html.escape(t(key, lang))
        if stem == here:
            items.append(f'<li><span aria-current="page">{label} <span class="kit-muted">({html.escape(t("trainer.here", lang))})</span></span></li>')
        elif (trainer_folder(lang) / f"{stem}.ipynb").exists():
            items.append(f'<li><a href="{stem}.ipynb">{label}</a></li>')
    items.append(f'<li><a href="../00_bienvenue.ipynb">{html.escape(t("trainer.participants", lang))}</a></li>')
    other = "../en/formateur/" if lang == "fr" else "../../formateur/"
    target = f"{here}.ipynb" if here in TRAINER_NOTEBOOKS else "agenda.ipynb"
    switch = f'<a href="{other}{target}" lang="{"en" if lang == "fr" else "fr"}">{html.escape(t("trainer.other_language", lang))}</a>'
    return (
        f'<nav class="kit-nav" aria-label="{html.escape(t("trainer.nav_label", lang))}">'
        f'<ol>{"".join(items)}</ol><div class="kit-nav-steps">{switch}</div></nav>'
    )


def _content_ok() -> bool:
    from kit.content.library import ContentError, load_all

    try:
        load_all("modules")
    except ContentError:
        return False
    return True


def open_trainer_page(here: str | None = None, lang: str | None = None, show: bool = True) -> TrainerPage:
    """Open a trainer notebook: detect the language, show the kit styles and the trainer navigation.

    Args:
        here: the notebook's file stem (``"agenda"``, ``"animation"``…), marked as the current page.
        lang: ``"fr"`` or ``"en"`` (default: from the notebook's folder).
        show: display the header (False in tests).
    """
    from kit.core.notices import notice_html
    from kit.ui.page import kit_css

    lang = lang or notebook_language()
    page = TrainerPage(lang, here, ok=_content_ok())
    from kit.ui.projector import projector_style

    markup = f"<style>{kit_css()}</style>{projector_style()}{trainer_nav_html(here, lang)}"
    if not page.ok:
        markup += notice_html(page.t("trainer.content_broken"), "error")
    if show:
        from kit.ui.page import display_header

        display_header(markup, lang)
    return page
