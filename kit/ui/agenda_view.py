"""Trainer side: tick the workshop's modules, choose a format, see the agenda live and download it.

A thin view over :mod:`kit.trainer.agenda`; every change rebuilds the agenda.
"""

from __future__ import annotations

import base64
import html

import ipywidgets as widgets

from kit.content.library import facilitation, load
from kit.core.languages import pick
from kit.core.notices import notice_html
from kit.exports.agenda import (
    agenda_html,
    agenda_markdown,
    agenda_tables_html,
    summary_text,
)
from kit.trainer.agenda import build_agenda
from kit.ui.controls import choice_list, heading, tick_box
from kit.ui.trainer_page import Unavailable


class AgendaView:
    """Module tick boxes, a format choice list, the agenda table, its warnings and downloads."""

    def __init__(self, page):
        self.page = page
        tr, lang = page.t, page.lang
        self.formats = load("session_formats").formats
        self.modules: dict[str, widgets.Checkbox] = {}
        for module in load("modules").modules:
            notes = facilitation(module.id)
            title = pick(module.title, lang)
            label = (tr("agenda.module_label", module=module.id, title=title, minutes=notes.total_minutes) if notes
                     else tr("agenda.module_no_notes", module=module.id, title=title))
            self.modules[module.id] = tick_box(label)
            self.modules[module.id].observe(lambda change: self.refresh(), names="value")
        options = [(tr("agenda.format_option", name=pick(f.name, lang), capacity=f.capacity, description=pick(f.description, lang)), f.id) for f in self.formats]
        self.format = choice_list(tr("agenda.format"), options, value=self.formats[0].id)
        self.format.observe(lambda change: self.refresh(), names="value")
        self.message = widgets.HTML()
        self.table = widgets.HTML()
        self.downloads = widgets.HTML()
        self.choices_box = widgets.VBox([heading(tr("agenda.modules")), *self.modules.values(), self.format])
        self.agenda_box = widgets.VBox([self.message, self.table])
        self.widget = widgets.VBox([self.choices_box, self.agenda_box, self.downloads])
        self.agenda = None
        self.refresh()

    def chosen(self) -> list[str]:
        """The ticked modules, in the curriculum's order."""
        return [module_id for module_id, box in self.modules.items() if box.value]

    def refresh(self) -> None:
        """Rebuild the agenda from the ticked modules and the chosen format."""
        tr, lang = self.page.t, self.page.lang
        self.agenda = agenda = build_agenda(self.chosen(), self.format.value or self.formats[0].id, lang)
        notices = [notice_html(tr(key, **params), "info" if key == "agenda.warn_nothing" else "warning") for key, params in agenda.warnings()]
        if agenda.rows and agenda.fits:
            notices.insert(0, notice_html(tr("agenda.fits"), "ok"))
        summary = f"<p>{html.escape(summary_text(agenda, lang))}</p>" if agenda.rows or agenda.unplaced else ""
        self.message.value = summary + "".join(notices)
        self.table.value = agenda_tables_html(agenda, lang)
        if not agenda.rows:
            self.downloads.value = ""
            return
        files = [
            (f"agenda-{agenda.format_id}.html", "text/html", agenda_html(agenda, lang), "agenda.dl_html"),
            (f"agenda-{agenda.format_id}.md", "text/markdown", agenda_markdown(agenda, lang), "agenda.dl_md"),
        ]
        links = "".join(
            f"<li><a class='kit-download' download='{name}' href='data:{mime};charset=utf-8;base64,{base64.b64encode(text.encode('utf-8')).decode('ascii')}'>"
            f"⬇ {html.escape(tr(label))}</a></li>"
            for name, mime, text, label in files
        )
        self.downloads.value = f"<ul class='kit-downloads'>{links}</ul>"

    def choices(self) -> None:
        """Show the module tick boxes and the format."""
        self._display(self.choices_box)

    def agenda_table(self) -> None:
        """Show the warnings and the agenda, updated live."""
        self._display(self.agenda_box)

    def exports(self) -> None:
        """Show the download links (printable HTML, Markdown)."""
        self._display(self.downloads)

    def _display(self, box) -> None:
        from IPython.display import display

        if self.page.ok:
            display(box)


def agenda_view(page) -> AgendaView:
    """The agenda builder of a trainer ``page`` (shown section by section by the notebook)."""
    return AgendaView(page) if page.ok else Unavailable("choices", "agenda_table", "exports")
