"""Module 07: write a post and see live how each network will treat it.

Counters are neutral below 80 % of the limit, amber from 80 %, red past
100 % — and each state is also said in words with a symbol. Everything the
participant typed is shown escaped. Every change is saved at once.
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from kit.content.library import load_all
from kit.content.names import barrier_names, platform_names
from kit.core.clock import now
from kit.core.formatting import number
from kit.core.languages import pick
from kit.core.notices import notice_html
from kit.planning.calendar import PARIS, local_datetime
from kit.progress import assessments
from kit.ui.controls import button, choice_list, tick_box
from kit.ui.exercise_view import ExerciseView
from kit.writing.drafts import new_draft
from kit.writing.post_check import check_post
from kit.writing.verdict import verdict

NO_DATE = "none"


class DraftingView(ExerciseView):
    def __init__(self, page):
        super().__init__(page)
        tr = page.t
        self.names = platform_names(page.lang)
        self.current: str | None = None
        self.removed: tuple[int, object] | None = None  # (position, draft) of the last deleted draft, for "undo"
        self.starters = widgets.HTML()
        self.from_idea = choice_list(tr("write.from_idea"), [])
        self.use_idea = button(tr("write.use_idea"), "secondary", "lightbulb-o", on_click=self._start_from_idea)
        self.start_message = widgets.HTML()
        self.choose = choice_list(tr("write.choose"), [])
        self.choose.observe(lambda change: self._select(change["new"]), names="value")
        self.new = button(tr("write.new"), "primary", "plus", on_click=lambda: self._create(new_draft()))
        self.delete = button(tr("write.delete"), "danger", "trash", on_click=self._delete)
        self.undo = button(tr("write.undo_delete"), "secondary", "undo", on_click=self._undo)
        self.undo.layout = widgets.Layout(width="auto", display="none")
        self.title = widgets.Text(description=tr("write.title"), continuous_update=False, style={"description_width": "initial"}, layout=widgets.Layout(width="100%"))
        self.text = widgets.Textarea(description=tr("write.text"), placeholder=tr("write.placeholder"), continuous_update=True, style={"description_width": "initial"}, layout=widgets.Layout(width="100%", height="12em"))
        self.platforms = {p: tick_box(name) for p, name in self.names.items()}
        self.status = choice_list(tr("write.status"), [(tr("drafts.status_draft"), "draft"), (tr("drafts.status_ready"), "ready")])
        self.planned = choice_list(tr("write.planned"), [(tr("write.no_date"), NO_DATE)])
        self.link = widgets.Text(description=tr("write.link"), placeholder="https://…", continuous_update=False, style={"description_width": "initial"}, layout=widgets.Layout(width="100%"))
        self.counters = widgets.HTML()
        self.preview = widgets.HTML()
        self.message = widgets.HTML()
        for field_name, widget in (("title", self.title), ("text", self.text), ("status", self.status), ("link", self.link)):
            widget.observe(lambda change, f=field_name: self.changed(lambda: self._update(**{f: change["new"]})), names="value")
        self.planned.observe(lambda change: self.changed(lambda: self._update(planned=self._planned_value(change["new"]))), names="value")
        for box in self.platforms.values():
            box.observe(lambda change: self.changed(lambda: self._update(platforms=[p for p, b in self.platforms.items() if b.value])), names="value")
        self.draft_actions = widgets.HBox([self.new, self.delete, self.undo])
        self.draft_actions.add_class("kit-actions")
        self.editor = widgets.VBox([self.choose, self.draft_actions, self.title, self.text, *self.platforms.values(), self.status, self.planned, self.link, self.message])
        self.editor.add_class("kit-editor")
        self.start_box = widgets.VBox([self.starters, self.from_idea, self.use_idea, self.start_message])
        self.checks_box = widgets.VBox([self.counters, self.preview])
        self.widget = widgets.VBox([self.start_box, self.editor, self.checks_box])
        self.reload()

    # --- state -------------------------------------------------------------------------
    @property
    def draft(self):
        return next((d for d in self.page.progress.drafts if d.id == self.current), None)

    def _update(self, **fields) -> None:
        draft = self.draft
        if draft is None:  # typing before any draft exists creates one (no network ticked: the participant chooses)
            draft = new_draft()
            self.page.progress.drafts = [*self.page.progress.drafts, draft]
            self.current = draft.id
        for name, value in fields.items():
            setattr(draft, name, value if name != "link" else (value.strip() or None))
        draft.updated = now()
        if {"title", "text"} & set(fields) or len(self.choose.options) != len(self.page.progress.drafts):
            self._refresh_choices()

    def _label(self, draft) -> str:
        """How a draft is named in the list: its title, else the start of its text."""
        return draft.title.strip() or " ".join(draft.text.split())[:40] or self.page.t("drafts.untitled")

    def _create(self, draft) -> None:
        self.page.progress.drafts = [*self.page.progress.drafts, draft]
        self.current = draft.id
        self._forget_removed()
        self.page.save()
        self.reload()
        self.message.value = notice_html(self.page.t("write.created"), "ok")

    def _delete(self) -> None:
        """Remove the current draft; "undo" puts it back where it was until the next draft is created or deleted."""
        draft = self.draft
        if draft is None:
            self.message.value = notice_html(self.page.t("write.nothing_to_delete"), "info")
            return
        drafts = list(self.page.progress.drafts)
        position = drafts.index(draft)
        self.page.progress.drafts = drafts[:position] + drafts[position + 1 :]
        self.removed = (position, draft)
        self.current = None
        self.page.save()
        self.reload()
        self.undo.layout.display = None
        self.message.value = notice_html(self.page.t("write.deleted", title=self._label(draft)), "info")

    def _undo(self) -> None:
        if self.removed is None:
            return
        position, draft = self.removed
        drafts = list(self.page.progress.drafts)
        self.page.progress.drafts = drafts[:position] + [draft] + drafts[position:]
        self.current = draft.id
        self._forget_removed()
        self.page.save()
        self.reload()
        self.message.value = notice_html(self.page.t("write.restored", title=self._label(draft)), "ok")

    def _forget_removed(self) -> None:
        self.removed = None
        self.undo.layout.display = "none"

    def _start_from_idea(self) -> None:
        progress = self.page.progress
        if not progress.ideas:
            self.start_message.value = self._empty_bank_html()
            return
        idea = next((i for i in progress.ideas if i.id == self.from_idea.value), None)
        if idea is None:
            self.start_message.value = notice_html(self.page.t("write.pick_idea"), "info")
            return
        self._create(new_draft(title=idea.text[:60], text=idea.text, idea=idea.id))
        self.start_message.value = notice_html(self.page.t("write.created_from_idea"), "ok")

    def _empty_bank_html(self) -> str:
        """Where ideas come from: the idea bank's module, linked when its page is there."""
        from kit.ui.navigation import module_link_html

        bank = load_all("idea_prompts")
        where = module_link_html(bank[0].module, self.page.lang) if bank else ""
        return notice_html(self.page.t("write.empty_bank", module="{module}"), "info", links={"module": where})

    def _select(self, draft_id) -> None:
        if self._loading or draft_id is None:
            return
        self.current = draft_id
        self.reload()

    def _planned_value(self, key):
        if key in (None, NO_DATE):
            return None
        day, clock = key.split(" ")
        from datetime import date

        return local_datetime(date.fromisoformat(day), clock)

    def _refresh_choices(self) -> None:
        loading, self._loading = self._loading, True
        try:
            self.choose.options = [(self._label(d), d.id) for d in self.page.progress.drafts]
            self.choose.value = self.current if self.draft else None
        finally:
            self._loading = loading

    def load(self) -> None:
        tr, progress = self.page.t, self.page.progress
        if self.current is None and progress.drafts:
            self.current = progress.drafts[-1].id
        if self.current is not None and self.draft is None:  # e.g. after "start over"
            self.current = progress.drafts[-1].id if progress.drafts else None
        self._refresh_choices()
        self.from_idea.options = [(i.text[:70], i.id) for i in progress.ideas]
        self.from_idea.value = None
        self.start_message.value = "" if progress.ideas else self._empty_bank_html()
        self.delete.disabled = self.draft is None
        slots = [(local_datetime(s.day, s.time), s.platform) for s in progress.plan.calendar]
        self.planned.options = [(tr("write.no_date"), NO_DATE)] + [
            (f"{moment:%d/%m/%Y %H:%M} — {self.names.get(p, p)}", f"{moment.date().isoformat()} {moment:%H:%M}") for moment, p in slots
        ]
        draft = self.draft
        self.title.value = draft.title if draft else ""
        self.text.value = draft.text if draft else ""
        for platform, box in self.platforms.items():
            box.value = bool(draft) and platform in draft.platforms
        self.status.value = draft.status if draft else "draft"
        key = f"{draft.planned.astimezone(PARIS).date().isoformat()} {draft.planned.astimezone(PARIS):%H:%M}" if draft and draft.planned else NO_DATE
        self.planned.value = key if key in dict((v, v) for _, v in self.planned.options) else NO_DATE
        self.link.value = (draft.link or "") if draft else ""
        self.starters.value = self._starters_html()

    # --- live checks ---------------------------------------------------------------------
    def refresh(self) -> None:
        draft = self.draft
        if draft is None or not draft.platforms:
            self.counters.value = notice_html(self.page.t("write.pick_platform"), "info")
            self.preview.value = ""
            return
        checks = [check_post(draft.text, p, self.page.lang) for p in draft.platforms]
        self.counters.value = "<div class='kit-counters' aria-live='polite'>" + "".join(self._counter_html(c) for c in checks) + "</div>"
        self.preview.value = "".join(self._preview_html(c) for c in checks)

    def _counter_html(self, check) -> str:
        """The platform's headline: its worst problem, in a symbol and words (kit.writing.verdict)."""
        lang = self.page.lang
        headline = verdict(check, lang)
        name = html.escape(self.names.get(check.platform, check.platform))
        return (
            f"<p class='kit-counter kit-counter-{headline.state}' data-state='{headline.state}'><span aria-hidden='true'>{headline.symbol}</span> "
            f"<strong>{name}</strong> : {number(check.length, lang)} / {number(check.limit, lang)} — {html.escape(headline.words)}</p>"
        )

    def _preview_html(self, check) -> str:
        tr = self.page.t
        name = html.escape(self.names.get(check.platform, check.platform))
        folded = f"<span class='kit-muted'>… {html.escape(tr('write.see_more'))}</span>" if check.fold_at is not None else ""
        found = []
        for label, items in (("write.hashtags", check.hashtags), ("write.mentions", check.mentions), ("write.links", check.links)):
            if items:
                found.append(f"<li>{html.escape(tr(label))} {html.escape(', '.join(items))}</li>")
        for warning in check.warnings:
            level = tr("write.level_hard") if warning.level == "hard" else tr("write.level_advice")
            found.append(f"<li>{'✖' if warning.level == 'hard' else '➜'} {html.escape(warning.message)} <span class='kit-muted'>({html.escape(level)})</span></li>")
        return (
            f"<div class='kit-card'><h3>{html.escape(tr('write.preview_title', platform=name))}</h3>"
            f"<div class='kit-preview'>{html.escape(check.preview)}{folded}</div><ul>{''.join(found)}</ul></div>"
        )

    def _starters_html(self) -> str:
        tr, lang = self.page.t, self.page.lang
        files = load_all("writing_starters")
        if not files:
            return ""
        starters = files[0]
        shown = assessments.shown(self.page.progress)
        scores = shown.scores if shown else {}
        strongest = sorted(scores, key=lambda b: -scores[b])[:2]
        names = barrier_names(lang)
        blocks = [(names.get(b.barrier, b.barrier), b.starters) for b in starters.barriers if b.barrier in strongest]
        blocks.append((tr("write.for_everyone"), starters.general))
        items = "".join(f"<li><strong>{html.escape(title)}</strong><ul>{''.join(f'<li>{html.escape(pick(s, lang))}</li>' for s in lines)}</ul></li>" for title, lines in blocks)
        return f"<div class='kit-card'><h3>{html.escape(tr('write.starters'))}</h3><ul>{items}</ul></div>"

    # --- notebook cells ------------------------------------------------------------------
    def start(self):
        self._display(self.start_box)

    def write(self):
        self._display(widgets.VBox([self.editor, self.checks_box]))



def drafting(page) -> DraftingView:
    """The drafting studio of ``page``'s participant (shown section by section by the notebook)."""
    return DraftingView(page)
