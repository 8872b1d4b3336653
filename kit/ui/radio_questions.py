"""Questions answered with native radio buttons: the diagnostic, the self-check, the surveys, the pre-test.

One widget holds a list of questions. In the browser
(``kit/assets/radio_questions.js``) each is a ``<fieldset>`` named by its
``<legend>`` (the question), with its choices in a row that wraps on narrow
screens: Tab reaches a question, the arrow keys choose within it, Tab goes on to
the next one. With ``count=True`` a count ("12 sur 25") follows the questions,
announced to screen readers after each answer.

Answers travel as text; each question gives back the value of its option
(the scale's number, an option id).

>>> questions = RadioQuestions([Question("pain", "J’aime le pain", [Choice("Oui", 1), Choice("Non", 2)])], "fr", count=True)
>>> seen = []
>>> questions.on_answer(lambda question, value: seen.append((question, value)))
>>> questions.choose("pain", 2)   # what a click on « Non » does
>>> seen, questions.answer("pain"), questions.count_text
([('pain', 2)], 2, 'Réponses données : 1 sur 1')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources

import anywidget
import traitlets

from kit.core.languages import t


def _script() -> str:
    return resources.files("kit").joinpath("assets/radio_questions.js").read_text("utf-8")


@dataclass(frozen=True)
class Choice:
    label: str
    value: object


@dataclass(frozen=True)
class Question:
    id: str
    label: str
    choices: list[Choice] = field(default_factory=list)
    heading: str = ""  # a heading shown before the question (a group of statements)
    hint: str = ""


class RadioQuestions(anywidget.AnyWidget):
    """Several questions, each a group of native radio buttons; every answer is given back at once."""

    _esm = traitlets.Unicode(_script()).tag(sync=True)
    questions = traitlets.List().tag(sync=True)
    values = traitlets.Dict().tag(sync=True)
    count_text = traitlets.Unicode("").tag(sync=True)

    def __init__(self, questions: list[Question], lang: str, count: bool = False, count_key: str = "radio.count"):
        """``count_key``: the message of the count, with ``{answered}`` and ``{total}`` (giving one turns the count on)."""
        self._lang, self._count_key = lang, (count_key if count or count_key != "radio.count" else None)
        self._values_of = {q.id: {str(i): c.value for i, c in enumerate(q.choices)} for q in questions}
        self._keys_of = {q.id: {c.value: str(i) for i, c in enumerate(q.choices)} for q in questions}
        self._listeners = []
        self._quiet = False
        super().__init__(questions=[
            {"id": q.id, "label": q.label, "heading": q.heading, "hint": q.hint,
             "options": [{"value": str(i), "label": c.label} for i, c in enumerate(q.choices)]}
            for q in questions
        ])
        self.add_class("kit-radio-widget")
        self.observe(self._changed, names="values")
        self._recount()

    # --- reading and setting answers ------------------------------------------------------
    @property
    def ids(self) -> list[str]:
        return list(self._values_of)

    def choice_values(self, question_id: str) -> list:
        """The values a question can be answered with, in order."""
        return list(self._values_of[question_id].values())

    def answer(self, question_id: str):
        """The value chosen for a question (None while unanswered)."""
        return self._values_of[question_id].get(self.values.get(question_id))

    def answers(self) -> dict:
        """Every answered question -> its value."""
        return {q: self.answer(q) for q in self.ids if q in self.values}

    def choose(self, question_id: str, value) -> None:
        """Answer a question as a click would (``None`` clears it): listeners are told."""
        self.values = self._with(question_id, value)

    def show_answers(self, answers: dict) -> None:
        """Show saved answers (at start, after a restore) without telling the listeners."""
        self._quiet = True
        try:
            self.values = {q: self._keys_of[q][v] for q, v in answers.items() if q in self._keys_of and v in self._keys_of[q]}
        finally:
            self._quiet = False

    def on_answer(self, listener) -> None:
        """``listener(question_id, value)`` after each answer the participant gives."""
        self._listeners.append(listener)

    # --- internals ------------------------------------------------------------------------
    def _with(self, question_id: str, value) -> dict:
        values = {k: v for k, v in self.values.items() if k != question_id}
        if value is not None:
            values[question_id] = self._keys_of[question_id][value]
        return values

    def _changed(self, change) -> None:
        self._recount()
        if self._quiet:
            return
        old, new = change["old"] or {}, change["new"] or {}
        for question_id in self.ids:
            if old.get(question_id) != new.get(question_id):
                value = self.answer(question_id)
                for listener in self._listeners:
                    listener(question_id, value)

    def _recount(self) -> None:
        if self._count_key:
            answered = sum(1 for q in self.ids if q in self.values)
            self.count_text = t(self._count_key, self._lang, answered=answered, total=len(self.ids))
