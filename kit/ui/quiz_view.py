"""A quiz: every answer gets an explanation; wrong answers are never shamed; opinions are never judged.

Single choice, true/false and opinion questions are drop-down lists named by
the question; multiple choice is a set of tick boxes and a "Check" button.

>>> from kit.ui.page import open_module
>>> import tempfile, pathlib
>>> view = QuizView(open_module("02", path=pathlib.Path(tempfile.mkdtemp()) / "p.json", show=False), "mecanique")
>>> len(view.feedback) == len(view.quiz.questions)
True
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from kit.content.library import exercise
from kit.core.clock import now
from kit.core.languages import pick
from kit.core.notices import notice_html
from kit.exercises.rules import NOT_YET, OPINION, PARTLY, RIGHT, quiz_tally, verdict
from kit.ui.controls import choice_list, heading, tick_box
from kit.ui.exercise_view import ExerciseView

_SYMBOL = {RIGHT: "✔", PARTLY: "◐", NOT_YET: "➜", OPINION: "💬"}


class QuizView(ExerciseView):
    def __init__(self, page, quiz_id: str):
        super().__init__(page)
        self.quiz = exercise("quiz", quiz_id)
        self.lists: dict[str, widgets.Dropdown] = {}
        self.ticks: dict[str, dict[str, widgets.Checkbox]] = {}
        self.check_buttons: dict[str, widgets.Button] = {}
        self.feedback: dict[str, widgets.HTML] = {}
        blocks = []
        for number, question in enumerate(self.quiz.questions, start=1):
            blocks += self._question_widgets(number, question)
        self.summary = widgets.HTML()
        self.widget = widgets.VBox(blocks + [self.summary])
        self.reload()

    def _question_widgets(self, number: int, question) -> list:
        lang, text = self.page.lang, f"{number}. {pick(question.question, self.page.lang)}"
        self.feedback[question.id] = widgets.HTML()
        if question.type == "multiple":
            boxes = {o.id: tick_box(pick(o.text, lang)) for o in question.options}
            button = widgets.Button(description=self.page.t("quiz.check"), tooltip=self.page.t("quiz.check_help"), layout=widgets.Layout(width="auto"))
            button.on_click(lambda _b, q=question: self.changed(lambda: self._answer_multiple(q)))
            self.ticks[question.id], self.check_buttons[question.id] = boxes, button
            return [heading(text), widgets.HTML(f"<p class='kit-hint'>{html.escape(self.page.t('quiz.several'))}</p>"), *boxes.values(), button, self.feedback[question.id]]
        if question.type == "true_false":
            options = [(self.page.t("quiz.true"), "true"), (self.page.t("quiz.false"), "false")]
        else:
            options = [(pick(o.text, lang), o.id) for o in question.options]
        dropdown = choice_list(text, options)
        dropdown.observe(lambda change, q=question: self.changed(lambda: self._store(q.id, [change["new"]] if change["new"] else [])), names="value")
        self.lists[question.id] = dropdown
        return [dropdown, self.feedback[question.id]]

    # --- progress ------------------------------------------------------------------------
    def _answers(self) -> dict:
        return self.page.progress.quizzes.get(self.quiz.id, {})

    def _store(self, question_id: str, choices: list[str]) -> None:
        from kit.progress.model import QuizAnswer

        answers = dict(self._answers())
        if choices:
            answers[question_id] = QuizAnswer(choices=choices, answered=now())
        else:
            answers.pop(question_id, None)
        self.page.progress.quizzes = {**self.page.progress.quizzes, self.quiz.id: answers}

    def _answer_multiple(self, question) -> None:
        chosen = [option_id for option_id, box in self.ticks[question.id].items() if box.value]
        self._store(question.id, chosen)

    def load(self) -> None:
        answers = self._answers()
        for question_id, dropdown in self.lists.items():
            chosen = answers.get(question_id)
            dropdown.value = chosen.choices[0] if chosen else None
        for question_id, boxes in self.ticks.items():
            chosen = set(answers[question_id].choices) if question_id in answers else set()
            for option_id, box in boxes.items():
                box.value = option_id in chosen

    # --- feedback ------------------------------------------------------------------------
    def refresh(self) -> None:
        answers = self._answers()
        for question in self.quiz.questions:
            answer = answers.get(question.id)
            self.feedback[question.id].value = self._feedback_html(question, answer.choices) if answer else ""
        tally = quiz_tally(self.quiz, answers)
        self.summary.value = notice_html(self.page.t("quiz.summary", **tally), "info")

    def _feedback_html(self, question, choices: list[str]) -> str:
        tr, lang = self.page.t, self.page.lang
        result = verdict(question, choices)
        lines = [f"<p><strong><span aria-hidden='true'>{_SYMBOL[result]}</span> {html.escape(tr('quiz.' + result))}</strong></p>"]
        if result == OPINION:
            items = "".join(
                f"<li><strong>{html.escape(pick(o.text, lang))}</strong>{html.escape(tr('quiz.your_choice')) if o.id in choices else ''} — "
                f"{html.escape(pick(o.argument, lang))}</li>"
                for o in question.options
            )
            lines.append(f"<ul>{items}</ul>")
        elif result != RIGHT:
            lines.append(f"<p>{html.escape(tr('quiz.expected', answer=self._expected(question)))}</p>")
        lines.append(f"<p>{html.escape(pick(question.explanation, lang))}</p>")
        return f"<div class='kit-feedback' role='status'>{''.join(lines)}</div>"

    def _expected(self, question) -> str:
        if question.type == "true_false":
            return self.page.t("quiz.true" if question.answer else "quiz.false")
        return " ; ".join(pick(o.text, self.page.lang) for o in question.options if o.correct)


def quiz(page, quiz_id: str) -> QuizView:
    """Display a quiz of ``exercises/`` and return its view."""
    view = QuizView(page, quiz_id)
    view.show()
    return view
