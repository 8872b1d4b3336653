"""Module 04: today's habits, the minutes really available, the weekly routine and a 4-week switch."""

from __future__ import annotations

import base64
import html

import ipywidgets as widgets

from kit.content.library import exercise
from kit.core.documents import table_html
from kit.core.formatting import WEEKDAYS, weekday
from kit.core.languages import pick
from kit.core.notices import notice_html
from kit.exercises.routine import (
    MAX_HOURS_PER_HABIT,
    SwitchWeek,
    budget_warnings,
    current_minutes,
    rhythm,
    routine_minutes,
    switch_plan,
)
from kit.ui.controls import button, choice_list, heading, tick_box
from kit.ui.exercise_view import ExerciseView

_WIDE = {"description_width": "initial"}


class RoutineView(ExerciseView):
    def __init__(self, page, budget_id: str = "budget_temps"):
        super().__init__(page)
        self.budget = budget = exercise("time_budget", budget_id)
        tr, lang = page.t, page.lang
        self.hours = {h.id: widgets.FloatText(description=tr("routine.hours", name=pick(h.name, lang)), style=_WIDE, layout=widgets.Layout(width="32em")) for h in budget.current_habits}
        self.habit_hints = {h.id: widgets.HTML() for h in budget.current_habits}
        for habit_id, box in self.hours.items():
            box.observe(lambda change, hid=habit_id: self._on_hours(hid, change["new"]), names="value")
        self.minutes = widgets.IntText(description=tr("routine.budget"), style=_WIDE, layout=widgets.Layout(width="32em"))
        self.minutes.observe(lambda change: self._on_budget(change["new"]), names="value")
        frequencies = [(tr("routine.times", count=n), n) for n in range(0, 8)]
        self.activities = {}
        activity_rows = []
        for activity in budget.activities:
            dropdown = choice_list(tr("routine.activity", name=pick(activity.name, lang), minutes=activity.minutes), frequencies)
            dropdown.observe(lambda change, aid=activity.id: self.changed(lambda: self._set_activity(aid, change["new"])), names="value")
            self.activities[activity.id] = dropdown
            activity_rows += [dropdown, widgets.HTML(f"<p class='kit-hint'>{html.escape(pick(activity.why, lang))}</p>")]
        self.previous: dict[str, int] | None = None  # the participant's choices before "suggested routine", for "undo"
        suggested = budget.suggested_routine()
        self.suggest = button(tr("routine.suggest", minutes=routine_minutes(budget, suggested)), "secondary", "magic", on_click=self._apply_suggestion)
        self.undo_suggestion = button(tr("routine.undo_suggestion"), "secondary", "undo", on_click=self._undo_suggestion)
        self.undo_suggestion.layout = widgets.Layout(width="auto", display="none")
        self.routine_message = widgets.HTML()
        self.days = {d: tick_box(weekday(d, lang)) for d in WEEKDAYS}
        for day, box in self.days.items():
            box.observe(lambda change: self.changed(self._store_days), names="value")
        self.switches = {s.id: tick_box(f"{pick(s.today, lang)} → {pick(s.social, lang)}") for s in budget.habit_switches}
        for box in self.switches.values():
            box.observe(lambda change: self.changed(self._store_switches), names="value")
        self.message = widgets.HTML()
        self.summary = widgets.HTML()
        self.chart = widgets.HTML()
        self.habits_box = widgets.VBox([*(w for h in self.hours for w in (self.hours[h], self.habit_hints[h])), self.minutes, self.message])
        self.map_box = widgets.VBox(list(self.switches.values()))
        suggestion = widgets.HBox([self.suggest, self.undo_suggestion])
        suggestion.add_class("kit-actions")
        self.routine_box = widgets.VBox([suggestion, self.routine_message, *activity_rows, heading(tr("routine.days_title")), *self.days.values()])
        self.result_box = widgets.VBox([self.summary, self.chart])
        self.widget = widgets.VBox([self.habits_box, self.map_box, self.routine_box, self.result_box])
        self.reload()

    @property
    def routine(self):
        return self.page.progress.routine

    # --- inputs ------------------------------------------------------------------------
    def _on_hours(self, habit_id: str, value: float) -> None:
        if self._loading:
            return
        if value is None or value < 0 or value > MAX_HOURS_PER_HABIT:
            self.message.value = notice_html(self.page.t("routine.hours_absurd", limit=MAX_HOURS_PER_HABIT), "warning")
            self._loading = True
            self.hours[habit_id].value = self.routine.current_hours.get(habit_id, 0.0)
            self._loading = False
            return
        self.message.value = ""
        self.changed(lambda: setattr(self.routine, "current_hours", {**self.routine.current_hours, habit_id: float(value)}))

    def _on_budget(self, value: int) -> None:
        if self._loading:
            return
        if value is None or value < 0 or value > self.budget.max_minutes_per_week:
            self.message.value = notice_html(self.page.t("routine.budget_absurd", limit=self.budget.max_minutes_per_week), "warning")
            self._loading = True
            self.minutes.value = self.routine.budget_minutes or 0
            self._loading = False
            return
        self.message.value = ""
        self.changed(lambda: setattr(self.routine, "budget_minutes", int(value)))

    def _set_activity(self, activity_id: str, times) -> None:
        self.routine.activities = {**self.routine.activities, activity_id: times or 0}

    def _apply_suggestion(self) -> None:
        """Put the file's beginner's routine in place of the choices; "undo" brings the choices back."""
        self.previous = dict(self.routine.activities)
        self.routine.activities = self.budget.suggested_routine()
        self.page.save()
        self.reload()
        self.undo_suggestion.layout.display = None
        self.routine_message.value = notice_html(self.page.t("routine.suggested"), "ok")

    def _undo_suggestion(self) -> None:
        if self.previous is None:
            return
        self.routine.activities, self.previous = self.previous, None
        self.page.save()
        self.reload()
        self.undo_suggestion.layout.display = "none"
        self.routine_message.value = notice_html(self.page.t("routine.suggestion_undone"), "info")

    def _store_days(self) -> None:
        self.routine.days = [d for d in WEEKDAYS if self.days[d].value]

    def _store_switches(self) -> None:
        self.routine.switches = [s for s, box in self.switches.items() if box.value]

    def load(self) -> None:
        routine = self.routine
        for habit_id, box in self.hours.items():
            box.value = routine.current_hours.get(habit_id, 0.0)
        self.minutes.value = routine.budget_minutes or 0
        sector = self.page.progress.profile.sector
        for habit in self.budget.current_habits:
            self.habit_hints[habit.id].value = f"<p class='kit-hint'>{html.escape(pick(habit.hint_for(sector), self.page.lang))}</p>"
        for activity in self.budget.activities:
            self.activities[activity.id].value = routine.activities.get(activity.id, 0)
        for day, box in self.days.items():
            box.value = day in routine.days
        for switch_id, box in self.switches.items():
            box.value = switch_id in routine.switches

    # --- results -----------------------------------------------------------------------
    def weeks(self) -> list[SwitchWeek]:
        """Today, then weeks 1 to 4 of the switch."""
        now = current_minutes(self.routine.current_hours)
        cost = routine_minutes(self.budget, self.routine.activities)
        return [SwitchWeek(0, now, 0, 0)] + switch_plan(now, cost, self.budget.switch_weeks)

    def refresh(self) -> None:
        tr = self.page.t
        routine = self.routine
        cost = routine_minutes(self.budget, routine.activities)
        days = ", ".join(weekday(d, self.page.lang) for d in routine.days) or tr("routine.no_day")
        lines = [f"<p><strong>{html.escape(tr('routine.summary', minutes=cost, rhythm=rhythm(self.budget, routine.activities), days=days))}</strong></p>"]
        lines += [notice_html(tr(f"routine.warn_{code}", minutes=cost, budget=routine.budget_minutes or 0), "warning") for code in budget_warnings(self.budget, routine.current_hours, routine.budget_minutes, routine.activities)]
        weeks = self.weeks()
        rows = [[tr("routine.today") if w.week == 0 else tr("routine.week_n", week=w.week), w.old_minutes, w.social_minutes, w.added_minutes] for w in weeks]
        head = [tr(k) for k in ("routine.col_week", "routine.col_old", "routine.col_social", "routine.col_added")]
        lines.append(table_html(head, rows, self.page.lang, row_headers=True))
        self.summary.value = "".join(lines)
        self.chart.value = self._chart_html(weeks)

    def _chart_html(self, weeks) -> str:
        from kit.charts.switch import switch_chart_png

        tr = self.page.t
        labels = {"today": tr("routine.today"), "week": tr("routine.week"), "old": tr("routine.col_old"), "social": tr("routine.col_social"), "added": tr("routine.col_added"), "minutes": tr("routine.minutes_axis")}
        png = base64.b64encode(switch_chart_png(weeks, labels)).decode("ascii")
        return f"<img src='data:image/png;base64,{png}' alt='{html.escape(tr('routine.chart_alt'))}' width='540' height='288'>"

    # --- notebook cells ------------------------------------------------------------------
    def habits(self):
        self._display(self.habits_box)

    def habit_map(self):
        self._display(self.map_box)

    def weekly_routine(self):
        self._display(self.routine_box)

    def switch(self):
        self._display(self.result_box)



def routine_view(page) -> RoutineView:
    """The routine of ``page``'s participant (shown section by section by the notebook)."""
    return RoutineView(page)
