"""The participant's profile on the welcome page: name (optional), e-mail (optional), sector.

>>> from kit.ui.page import open_module
>>> import tempfile, pathlib
>>> form = ProfileForm(open_module("00", path=pathlib.Path(tempfile.mkdtemp()) / "p.json", show=False))
>>> form.sector.value = "boulangerie"
>>> form.page.progress.profile.sector
'boulangerie'
"""

from __future__ import annotations

import ipywidgets as widgets

from kit.content.library import load
from kit.core.languages import pick
from kit.core.notices import notice_html

_WIDE = {"description_width": "14em"}
# "— choose —" is a real option with an empty value, not None: a None value leaves the list with no
# selected option at all, and the first arrow key then lands on "— choose —" and changes nothing.
NO_SECTOR = ""


class ProfileForm:
    """Three fields, each saved as soon as it changes."""

    def __init__(self, page):
        self.page = page
        tr = page.t
        sectors = [(pick(s.name, page.lang), s.id) for s in load("sectors").sectors]
        self.name = widgets.Text(description=tr("profile.name"), placeholder=tr("profile.optional"), continuous_update=False, style=_WIDE, layout=widgets.Layout(width="34em"))
        self.email = widgets.Text(description=tr("profile.email"), placeholder=tr("profile.optional"), continuous_update=False, style=_WIDE, layout=widgets.Layout(width="34em"))
        self.sector = widgets.Dropdown(description=tr("profile.sector"), options=[(tr("profile.choose"), NO_SECTOR)] + sectors, style=_WIDE, layout=widgets.Layout(width="34em"))
        self.message = widgets.HTML()
        self._load()
        self.name.observe(self._on_name, names="value")
        self.email.observe(self._on_email, names="value")
        self.sector.observe(self._on_sector, names="value")
        page.on_change(lambda event: event == "replaced" and self._load())
        self.widget = widgets.VBox([self.name, self.email, self.sector, self.message])

    def _load(self) -> None:
        profile = self.page.progress.profile
        self.name.value = profile.display_name or ""
        self.email.value = profile.email or ""
        known = {value for _, value in self.sector.options}
        self.sector.value = profile.sector if profile.sector in known else NO_SECTOR

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
