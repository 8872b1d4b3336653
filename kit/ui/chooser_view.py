"""A chooser: a few questions, a recommended outcome with pros and cons, and the participant's own pick.

Used by module 03 to choose a stance between private and professional.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import ipywidgets as widgets

from kit.content.library import exercise
from kit.core.languages import pick
from kit.core.notices import notice_html
from kit.exercises.rules import chooser_totals, recommend
from kit.ui.controls import choice_list
from kit.ui.exercise_view import ExerciseView

if TYPE_CHECKING:
    from kit.progress.model import ChooserAnswers


class ChooserView(ExerciseView):
    def __init__(self, page, chooser_id: str):
        super().__init__(page)
        self.chooser = exercise("chooser", chooser_id)
        lang = page.lang
        self.lists: dict[str, widgets.Dropdown] = {}
        rows = []
        for number, question in enumerate(self.chooser.questions, start=1):
            dropdown = choice_list(f"{number}. {pick(question.question, lang)}", [(pick(o.text, lang), o.id) for o in question.options])
            dropdown.observe(lambda change, qid=question.id: self.changed(lambda: self._answer(qid, change["new"])), names="value")
            self.lists[question.id] = dropdown
            rows.append(dropdown)
        self.recommendation = widgets.HTML()
        self.keep = choice_list(page.t("chooser.keep"), [(pick(o.name, lang), o.id) for o in self.chooser.outcomes])
        self.keep.observe(lambda change: self.changed(lambda: self._keep(change["new"])), names="value")
        self.widget = widgets.VBox(rows + [self.recommendation, self.keep])
        self.reload()

    def _state(self) -> ChooserAnswers:
        from kit.progress.model import ChooserAnswers

        return self.page.progress.choosers.get(self.chooser.id) or ChooserAnswers()

    def _save_state(self, state: ChooserAnswers) -> None:
        self.page.progress.choosers = {**self.page.progress.choosers, self.chooser.id: state}

    def _answer(self, question_id: str, option_id) -> None:
        from kit.progress.model import ChooserAnswers

        state = self._state()
        answers = {**state.answers, question_id: option_id} if option_id else {k: v for k, v in state.answers.items() if k != question_id}
        recommended = recommend(self.chooser, answers)
        chosen = state.chosen if state.chosen and state.chosen != recommend(self.chooser, state.answers) else recommended
        self._save_state(ChooserAnswers(answers=answers, chosen=chosen))

    def _keep(self, outcome_id) -> None:
        from kit.progress.model import ChooserAnswers

        state = self._state()
        self._save_state(ChooserAnswers(answers=state.answers, chosen=outcome_id))

    def load(self) -> None:
        state = self._state()
        for question_id, dropdown in self.lists.items():
            dropdown.value = state.answers.get(question_id)
        self.keep.value = state.chosen

    def refresh(self) -> None:
        state = self._state()
        best = recommend(self.chooser, state.answers)
        if best is None:
            left = sum(1 for q in self.chooser.questions if q.id not in state.answers)
            self.recommendation.value = notice_html(self.page.t("chooser.pending", left=left), "info")
            return
        self.recommendation.value = self.outcome_html(best, chooser_totals(self.chooser, state.answers))
        if not self._loading and self.keep.value is None:
            self.keep.value = state.chosen

    def outcome_html(self, outcome_id: str, totals: dict[str, int]) -> str:
        tr, lang = self.page.t, self.page.lang
        outcome = next(o for o in self.chooser.outcomes if o.id == outcome_id)
        pros = "".join(f"<li>{html.escape(pick(p, lang))}</li>" for p in outcome.pros)
        cons = "".join(f"<li>{html.escape(pick(c, lang))}</li>" for c in outcome.cons)
        points = ", ".join(f"{pick(o.name, lang)} {totals[o.id]}" for o in self.chooser.outcomes)
        return (
            f"<div class='kit-card' role='status'><h3>{html.escape(tr('chooser.recommended'))} {html.escape(pick(outcome.name, lang))}</h3>"
            f"<p>{html.escape(pick(outcome.description, lang))}</p>"
            f"<p><strong>{html.escape(tr('chooser.pros'))}</strong></p><ul>{pros}</ul>"
            f"<p><strong>{html.escape(tr('chooser.cons'))}</strong></p><ul>{cons}</ul>"
            f"<p class='kit-muted'>{html.escape(tr('chooser.points', points=points))}</p></div>"
        )


def chooser(page, chooser_id: str) -> ChooserView:
    """Display a chooser of ``exercises/`` and return its view."""
    view = ChooserView(page, chooser_id)
    view.show()
    return view
