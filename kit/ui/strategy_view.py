"""Module 08: objectives, audience, platforms with a reason, pillars, and the dated 30-day calendar with its exports."""

from __future__ import annotations

import html

import ipywidgets as widgets

from kit.content.library import exercise, load_all
from kit.content.names import platform_names
from kit.core.languages import pick
from kit.core.notices import notice_html
from kit.exports.plan import (
    calendar_table,
    check_ins_list,
    plan_csv,
    plan_html,
    plan_ics,
    plan_markdown,
)
from kit.planning.calendar import check_in_dates
from kit.planning.plan import calendar_slots, missing_for_calendar, plan_document
from kit.ui.controls import choice_list, heading, tick_box
from kit.ui.downloads import download_list
from kit.ui.exercise_view import ExerciseView

RANKS = 3
TIMES = [f"{h:02d}:{m:02d}" for h in range(7, 22) for m in (0, 30)]


class StrategyView(ExerciseView):
    def __init__(self, page, strategy_id: str = "strategie"):
        super().__init__(page)
        self.strategy = exercise("strategy", strategy_id)
        tr, lang = page.t, page.lang
        objectives = [(pick(o.name, lang), o.id) for o in self.strategy.objectives]
        self.ranks = [choice_list(tr("strategy.rank", rank=n), objectives) for n in range(1, RANKS + 1)]
        for box in self.ranks:
            box.observe(lambda change: self.changed(self._store_objectives), names="value")
        self.audiences = {a.id: tick_box(pick(a.name, lang)) for a in self.strategy.audiences}
        for box in self.audiences.values():
            box.observe(lambda change: self.changed(self._store_audiences), names="value")
        names = platform_names(lang)
        self.platforms, self.reasons, platform_rows = {}, {}, []
        for advice in self.strategy.platforms:
            self.platforms[advice.platform] = tick_box(f"{names.get(advice.platform, advice.platform)} — {pick(advice.good_for, lang)}")
            # Each box names its network: five fields all called "Why this network?" would be ambiguous when read aloud.
            self.reasons[advice.platform] = widgets.Text(description=f'{tr("strategy.reason")} ({names.get(advice.platform, advice.platform)})', continuous_update=False, style={"description_width": "initial"}, layout=widgets.Layout(width="100%"))
            self.platforms[advice.platform].observe(lambda change: self.changed(self._store_platforms), names="value")
            self.reasons[advice.platform].observe(lambda change: self.changed(self._store_platforms), names="value")
            platform_rows += [self.platforms[advice.platform], self.reasons[advice.platform]]
        bank = load_all("idea_prompts")
        self.pillars = {p.id: tick_box(pick(p.name, lang)) for p in (bank[0].pillars if bank else [])}
        for box in self.pillars.values():
            box.observe(lambda change: self.changed(self._store_pillars), names="value")
        self.start = widgets.DatePicker(description=tr("strategy.start"), style={"description_width": "initial"})
        self.start.observe(lambda change: self.changed(lambda: setattr(self.plan, "start", change["new"])), names="value")
        self.time = choice_list(tr("strategy.time"), [(t, t) for t in TIMES], value=self.strategy.default_time)
        self.time.observe(lambda change: self.changed(lambda: setattr(self.plan, "time", change["new"] or self.strategy.default_time)), names="value")
        self.build = widgets.Button(description=tr("strategy.build"), icon="calendar", button_style="primary", layout=widgets.Layout(width="auto"))
        self.build.on_click(lambda _b: self.build_calendar())
        self.message = widgets.HTML()
        self.calendar = widgets.HTML()
        self.downloads = widgets.HTML()
        self.choices_box = widgets.VBox([heading(tr("strategy.objectives")), *self.ranks, heading(tr("strategy.audiences")), *self.audiences.values(),
                                         heading(tr("strategy.platforms")), *platform_rows, heading(tr("strategy.pillars")), *self.pillars.values()])
        self.calendar_box = widgets.VBox([self.start, self.time, self.build, self.message, self.calendar])
        self.widget = widgets.VBox([self.choices_box, self.calendar_box, self.downloads])
        self.reload()

    @property
    def plan(self):
        return self.page.progress.plan

    def _store_objectives(self) -> None:
        chosen = []
        for box in self.ranks:
            if box.value and box.value not in chosen:
                chosen.append(box.value)
        self.plan.objectives = chosen

    def _store_audiences(self) -> None:
        self.plan.audiences = [a for a, box in self.audiences.items() if box.value]

    def _store_platforms(self) -> None:
        self.plan.platforms = {p: self.reasons[p].value.strip()[:300] for p, box in self.platforms.items() if box.value}

    def _store_pillars(self) -> None:
        self.plan.pillars = [p for p, box in self.pillars.items() if box.value]

    def load(self) -> None:
        plan = self.plan
        for index, box in enumerate(self.ranks):
            box.value = plan.objectives[index] if index < len(plan.objectives) else None
        for audience, box in self.audiences.items():
            box.value = audience in plan.audiences
        for platform, box in self.platforms.items():
            box.value = platform in plan.platforms
            self.reasons[platform].value = plan.platforms.get(platform, "")
        for pillar, box in self.pillars.items():
            box.value = pillar in plan.pillars
        self.start.value = plan.start
        self.time.value = plan.time if plan.time in TIMES else self.strategy.default_time

    def build_calendar(self) -> None:
        """Place the ideas on the routine's days from the start date; say what is missing if it cannot."""
        progress = self.page.progress
        missing = missing_for_calendar(progress.model_copy(update={"plan": self.plan.model_copy(update={"calendar": []})}))
        if missing:
            items = "".join(f"<li>{html.escape(self.page.t(key))}</li>" for key in missing)
            self.message.value = notice_html(self.page.t("strategy.missing"), "warning") + f"<ul>{items}</ul>"
            return
        self.plan.calendar = calendar_slots(progress.model_copy(update={"plan": self.plan.model_copy(update={"calendar": []})}))
        self.plan.check_ins = check_in_dates(self.plan.start, [c.day for c in self.strategy.check_ins])
        self.page.save()
        self.message.value = notice_html(self.page.t("strategy.built", posts=len(self.plan.calendar)), "ok")
        self.refresh()

    def refresh(self) -> None:
        tr, lang = self.page.t, self.page.lang
        if not self.plan.calendar:
            self.calendar.value = ""
            self.downloads.value = ""
            return
        doc = plan_document(self.page.progress, lang)
        self.calendar.value = f"{calendar_table(doc, lang, 'kit-table')}<p><strong>{html.escape(tr('plan.check_ins'))}</strong></p>{check_ins_list(doc, lang)}"
        stem = self.page.store.download_name().replace("progression-", "plan-").replace(".json", "")
        files = [
            (f"{stem}.html", "text/html", plan_html(doc, lang).encode("utf-8"), "strategy.dl_html"),
            (f"{stem}.md", "text/markdown", plan_markdown(doc, lang).encode("utf-8"), "strategy.dl_md"),
            (f"{stem}.ics", "text/calendar", plan_ics(doc, lang), "strategy.dl_ics"),
            (f"{stem}.csv", "text/csv", plan_csv(doc, lang), "strategy.dl_csv"),
            (f"{stem}-excel.csv", "text/csv", plan_csv(doc, lang, excel=True), "strategy.dl_csv_excel"),
        ]
        self.downloads.value = download_list([(name, mime, data, tr(label)) for name, mime, data, label in files])

    def choices(self):
        self._display(self.choices_box)

    def calendar_builder(self):
        self._display(self.calendar_box)

    def exports(self):
        self._display(self.downloads)



def strategy_view(page) -> StrategyView:
    """The strategy and plan of ``page``'s participant (shown section by section by the notebook)."""
    return StrategyView(page)
