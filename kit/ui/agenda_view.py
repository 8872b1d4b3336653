"""Trainer side: tick the workshop's modules, choose a format, see the agenda live and download it.

A thin view over :mod:`kit.trainer.agenda`; every change rebuilds the agenda.
"""

from __future__ import annotations

import base64
import html

import ipywidgets as widgets

from kit.content.library import facilitation, load
from kit.content.validate import read_session
from kit.core.languages import os_error_text, pick
from kit.core.notices import notice_html
from kit.exports.agenda import (
    agenda_html,
    agenda_markdown,
    agenda_tables_html,
    summary_text,
)
from kit.trainer.agenda import build_agenda
from kit.trainer.agenda_settings import (
    AgendaSettings,
    from_session,
    load_settings,
    save_settings,
)
from kit.ui.controls import choice_list, heading, tick_box
from kit.ui.trainer_page import Unavailable

_DETAILS = ("title", "dates", "place", "audience", "trainer")


class AgendaView:
    """Module tick boxes, a format choice list, the session's details, the agenda, its warnings and downloads.

    Every choice is kept (:mod:`kit.trainer.agenda_settings`) and shown again when the page is reopened.
    """

    def __init__(self, page, folder=None):
        self.page = page
        self.folder = folder  # where the choices are kept (default: the trainer's data folder)
        self._loading = True
        tr, lang = page.t, page.lang
        self.formats = load("session_formats").formats
        self.modules: dict[str, widgets.Checkbox] = {}
        for module in load("modules").modules:
            notes = facilitation(module.id)
            title = pick(module.title, lang)
            label = (tr("agenda.module_label", module=module.id, title=title, minutes=notes.total_minutes) if notes
                     else tr("agenda.module_no_notes", module=module.id, title=title))
            self.modules[module.id] = tick_box(label)
            self.modules[module.id].observe(lambda change: self.changed(), names="value")
        options = [(tr("agenda.format_option", name=pick(f.name, lang), capacity=f.capacity, description=pick(f.description, lang)), f.id) for f in self.formats]
        self.format = choice_list(tr("agenda.format"), options, value=self.formats[0].id)
        self.format.observe(lambda change: self.changed(), names="value")
        self.details = {
            name: widgets.Text(description=tr(f"agenda.field_{name}"), placeholder=tr(f"agenda.hint_{name}"), continuous_update=False,
                               style={"description_width": "initial"}, layout=widgets.Layout(width="100%"))
            for name in _DETAILS
        }
        for box in self.details.values():
            box.observe(lambda change: self.changed(), names="value")
        self.session_file = widgets.FileUpload(accept=".yaml,.yml", multiple=False, description=tr("agenda.session_file"),
                                               layout=widgets.Layout(width="auto"))
        self.session_file.observe(self._on_session_file, names="value")
        self.session_message = widgets.HTML()
        self.message = widgets.HTML()
        self.table = widgets.HTML()
        self.downloads = widgets.HTML()
        self.choices_box = widgets.VBox([
            heading(tr("agenda.modules")), *self.modules.values(), self.format,
            heading(tr("agenda.details")), widgets.HTML(f"<p class='kit-hint'>{html.escape(tr('agenda.details_help'))}</p>"),
            self.session_file, self.session_message, *self.details.values(),
        ])
        self.agenda_box = widgets.VBox([self.message, self.table])
        self.widget = widgets.VBox([self.choices_box, self.agenda_box, self.downloads])
        self.agenda = None
        self.show_settings(load_settings(self.folder))
        self._loading = False
        self.refresh()

    # --- the choices, kept between visits ------------------------------------------------
    def settings(self) -> AgendaSettings:
        """What the page shows now."""
        return AgendaSettings(modules=self.chosen(), format_id=self.format.value,
                              **{name: box.value.strip() for name, box in self.details.items()})

    def show_settings(self, settings: AgendaSettings) -> None:
        """Tick, choose and fill in what ``settings`` says (without saving in between)."""
        loading, self._loading = self._loading, True
        try:
            for module_id, box in self.modules.items():
                box.value = module_id in settings.modules
            if settings.format_id in {f.id for f in self.formats}:
                self.format.value = settings.format_id
            for name, box in self.details.items():
                box.value = getattr(settings, name)
        finally:
            self._loading = loading

    def changed(self) -> None:
        """A choice changed: keep the choices, then rebuild the agenda."""
        if self._loading:
            return
        try:
            save_settings(self.settings(), self.folder)
        except OSError as err:
            self.session_message.value = notice_html(self.page.t("agenda.not_kept", detail=os_error_text(err, self.page.lang)), "warning")
        self.refresh()

    def _on_session_file(self, change) -> None:
        """A session file (kind: session) fills in the details and the modules it names."""
        tr = self.page.t
        if not change["new"]:
            return
        item = change["new"][0]
        session, problems = read_session(item["name"], bytes(item["content"]))
        if session is None:
            shown = "; ".join(p.render(self.page.lang) for p in problems[:3])
            self.session_message.value = notice_html(tr("agenda.session_refused", name=item["name"], problems=shown), "error")
            return
        settings = from_session(session, self.page.lang, list(self.modules))
        settings.format_id = self.format.value
        self.show_settings(settings)
        self.session_message.value = notice_html(tr("agenda.session_read", name=item["name"]), "ok")
        self.changed()

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
        settings = self.settings()
        files = [
            (f"agenda-{agenda.format_id}.html", "text/html", agenda_html(agenda, lang, settings), "agenda.dl_html"),
            (f"agenda-{agenda.format_id}.md", "text/markdown", agenda_markdown(agenda, lang, settings), "agenda.dl_md"),
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
