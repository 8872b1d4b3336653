"""A self-check (cultural taboos, internal blockers) giving "what to work on inside the company first"."""

from __future__ import annotations

import html

import ipywidgets as widgets

from kit.content.library import exercise
from kit.core.languages import pick
from kit.core.notices import notice_html
from kit.exercises.rules import asked_items, priorities
from kit.ui.radio_questions import Choice, Question, RadioQuestions
from kit.ui.exercise_view import ExerciseView


class SelfCheckView(ExerciseView):
    def __init__(self, page, self_check_id: str):
        super().__init__(page)
        self.check = exercise("self_check", self_check_id)
        lang = page.lang
        scale = [Choice(pick(label, lang), n) for n, label in enumerate(self.check.scale, start=1)]
        asked = asked_items(self.check, page.progress)
        first_of_group = {}
        for item, group in asked:
            first_of_group.setdefault(group.id, item.id)
        self.statements = RadioQuestions(
            [Question(item.id, pick(item.statement, lang), scale, heading=pick(group.name, lang) if first_of_group[group.id] == item.id else "")
             for item, group in asked],
            lang, count=True)
        self.statements.on_answer(lambda item_id, value: self.changed(lambda: self._rate(item_id, value)))
        self.result = widgets.HTML()
        self.widget = widgets.VBox([self.statements])
        self.reload()

    def _ratings(self) -> dict:
        return self.page.progress.self_checks.get(self.check.id, {})

    def _rate(self, item_id: str, value) -> None:
        ratings = {**self._ratings(), item_id: value} if value else {k: v for k, v in self._ratings().items() if k != item_id}
        self.page.progress.self_checks = {**self.page.progress.self_checks, self.check.id: ratings}

    def load(self) -> None:
        self.statements.show_answers(self._ratings())

    def refresh(self) -> None:
        tr, lang = self.page.t, self.page.lang
        ratings = self._ratings()
        left = sum(1 for item_id in self.statements.ids if item_id not in ratings)
        found = priorities(self.check, ratings, self.page.progress)
        if not found:
            key = "self_check.pending" if left else "self_check.nothing"
            self.result.value = notice_html(tr(key, left=left), "info")
            return
        items = "".join(
            f"<li><strong>{html.escape(pick(group.name, lang))} — {html.escape(pick(item.statement, lang))}</strong> "
            f"({html.escape(tr('self_check.rated', rating=rating, top=len(self.check.scale)))})<br>{html.escape(pick(item.work_on, lang))}</li>"
            for item, group, rating in found
        )
        note = f"<p class='kit-muted'>{html.escape(tr('self_check.left', left=left))}</p>" if left else ""
        self.result.value = f"<div class='kit-card' role='status'><h3>{html.escape(tr('self_check.title'))}</h3><ol>{items}</ol>{note}</div>"

    def show_result(self) -> None:
        self._display(self.result)


def self_check(page, self_check_id: str) -> SelfCheckView:
    """Display a self-check of ``exercises/`` and return its view (its result is shown with ``show_result()``)."""
    view = SelfCheckView(page, self_check_id)
    view.show()
    return view
