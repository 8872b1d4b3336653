"""The participant's profile on the welcome page: name (optional), e-mail (optional), sector,
and their situation (``exercises/situation.yaml``: personal account, page, team) on which
advice that presumes a situation is shown or not (``shown_if``).

>>> from kit.ui.page import open_module
>>> import tempfile, pathlib
>>> form = ProfileForm(open_module("00", path=pathlib.Path(tempfile.mkdtemp()) / "p.json", show=False))
>>> form.sector.value = "boulangerie"
>>> form.page.progress.profile.sector
'boulangerie'
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from kit.content.library import load, load_all
from kit.core.languages import pick
from kit.core.notices import notice_html
from kit.ui.radio_questions import Choice, Question, RadioQuestions

_WIDE = {"description_width": "14em"}
# "— choose —" is a real option with an empty value, not None: a None value leaves the list with no
# selected option at all, and the first arrow key then lands on "— choose —" and changes nothing.
NO_SECTOR = ""


class ProfileForm:
    """The profile's fields and the situation questions, each saved as soon as it changes."""

    def __init__(self, page):
        self.page = page
        tr = page.t
        sectors = [(pick(s.name, page.lang), s.id) for s in load("sectors").sectors]
        self.name = widgets.Text(description=tr("profile.name"), placeholder=tr("profile.optional"), continuous_update=False, style=_WIDE, layout=widgets.Layout(width="34em"))
        self.email = widgets.Text(description=tr("profile.email"), placeholder=tr("profile.optional"), continuous_update=False, style=_WIDE, layout=widgets.Layout(width="34em"))
        self.sector = widgets.Dropdown(description=tr("profile.sector"), options=[(tr("profile.choose"), NO_SECTOR)] + sectors, style=_WIDE, layout=widgets.Layout(width="34em"))
        files = load_all("situation")
        self.situation_file = files[0] if files else None
        self.situation = RadioQuestions(
            [Question(q.id, pick(q.question, page.lang), [Choice(pick(o.text, page.lang), o.id) for o in q.options])
             for q in (self.situation_file.questions if self.situation_file else [])], page.lang)
        self.message = widgets.HTML()
        self._load()
        self.name.observe(self._on_name, names="value")
        self.email.observe(self._on_email, names="value")
        self.sector.observe(self._on_sector, names="value")
        self.situation.on_answer(self._on_situation)
        page.on_change(lambda event: event == "replaced" and self._load())
        situation = []
        if self.situation_file:
            situation = [widgets.HTML(f"<h3 class='kit-heading'>{html.escape(pick(self.situation_file.title, page.lang))}</h3>"
                                      f"<p class='kit-hint'>{html.escape(tr('profile.situation_why'))}</p>"), self.situation]
        self.widget = widgets.VBox([self.name, self.email, self.sector, *situation, self.message])

    def _load(self) -> None:
        profile = self.page.progress.profile
        self.name.value = profile.display_name or ""
        self.email.value = profile.email or ""
        known = {value for _, value in self.sector.options}
        self.sector.value = profile.sector if profile.sector in known else NO_SECTOR
        self.situation.show_answers(profile.situation)

    def _on_name(self, change) -> None:
        text = change["new"].strip()[:80]
        self.page.progress.profile.display_name = text or None
        self.page.save()
        self.message.value = notice_html(self.page.t("profile.saved"), "ok")

    def _on_email(self, change) -> None:
        text = change["new"].strip()
        if text and ("@" not in text or "." not in text.split("@")[-1] or len(text) > 120):
            self.message.value = notice_html(self.page.t("profile.bad_email"), "warning")
            return
        self.page.progress.profile.email = text or None
        self.page.save()
        self.message.value = notice_html(self.page.t("profile.saved"), "ok")

    def _on_situation(self, question_id: str, option: str | None) -> None:
        situation = {k: v for k, v in self.page.progress.profile.situation.items() if k != question_id}
        if option:
            situation[question_id] = option
        self.page.progress.profile.situation = situation
        self.page.save()
        self.message.value = notice_html(self.page.t("profile.saved"), "ok")

    def _on_sector(self, change) -> None:
        self.page.progress.profile.sector = change["new"] or None
        self.page.save()
        self.message.value = notice_html(self.page.t("profile.saved"), "ok")


def profile_form(page) -> ProfileForm:
    """Display the profile form for ``page`` and return it."""
    from kit.ui.page import show

    form = ProfileForm(page)
    show(form)
    return form
