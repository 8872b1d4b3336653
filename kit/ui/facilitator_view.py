"""Trainer side: choose a module, read its facilitation notes and the answers of its exercises.

Never used by participant notebooks (a test checks it). The HTML comes from
:mod:`kit.trainer.facilitation`.
"""

from __future__ import annotations

import ipywidgets as widgets

from kit.content.library import load
from kit.content.names import module_label
from kit.trainer.facilitation import answer_key_html, notes_html
from kit.ui.controls import choice_list, heading
from kit.ui.trainer_page import Unavailable


class FacilitatorView:
    """A choice list of modules; the notes and the answer key of the chosen one."""

    def __init__(self, page, module_id: str | None = None):
        self.page = page
        tr, lang = page.t, page.lang
        modules = load("modules").modules
        options = [(module_label(m.id, lang), m.id) for m in modules]
        self.module = choice_list(tr("facilitator.module"), options, value=module_id or modules[0].id)
        self.module.observe(lambda change: self.refresh(), names="value")
        self.notes = widgets.HTML()
        self.answers = widgets.HTML()
        self.notes_box = widgets.VBox([self.module, self.notes])
        self.answers_box = widgets.VBox([heading(tr("facilitator.answers"), 2), self.answers])
        self.widget = widgets.VBox([self.notes_box, self.answers_box])
        self.refresh()

    def refresh(self) -> None:
        """Show the notes and the answers of the chosen module."""
        module_id, lang = self.module.value, self.page.lang
        self.notes.value = notes_html(module_id, lang) if module_id else ""
        self.answers.value = answer_key_html(module_id, lang) if module_id else ""

    def notes_section(self) -> None:
        """Show the module choice and its facilitation notes."""
        self._display(self.notes_box)

    def answers_section(self) -> None:
        """Show the answers of the chosen module's exercises."""
        self._display(self.answers_box)

    def _display(self, box) -> None:
        from IPython.display import display

        if self.page.ok:
            display(box)


def facilitator_view(page, module_id: str | None = None) -> FacilitatorView:
    """The facilitator view of a trainer ``page`` (notes first, answers in a later cell)."""
    return FacilitatorView(page, module_id) if page.ok else Unavailable("notes_section", "answers_section")
