"""The positioning pre-test at entry: a few questions of the module 02 quiz, answered before the modules.

No answer is judged here: the answers are saved for the session summary
(positioning, Qualiopi indicator 8) and the explanations come in module 02.

>>> import tempfile, pathlib
>>> from kit.ui.own_page import open_page
>>> view = PreTestView(open_page("positionnement", path=pathlib.Path(tempfile.mkdtemp()) / "p.json", show=False))
>>> len(view.lists) + len(view.ticks) == len(view.questions)
True
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from kit.core.clock import now
from kit.core.languages import pick
from kit.core.notices import notice_html
from kit.ui.controls import heading, tick_box
from kit.ui.radio_questions import Choice, Question, RadioQuestions
from kit.ui.exercise_view import ExerciseView


class PreTestView(ExerciseView):
    def __init__(self, page):
        from kit.content.library import exercise, load

        super().__init__(page)
        pretest = load("objectives").pretest
        quiz = exercise("quiz", pretest.quiz) if pretest else None
        self.questions = [q for q in quiz.questions if q.id in pretest.questions] if quiz else []
        lang, tr = page.lang, page.t
        self.lists: dict[str, RadioQuestions] = {}  # one radio group per single-answer question
        self.ticks: dict[str, dict[str, widgets.Checkbox]] = {}
        rows = []
        for number, question in enumerate(self.questions, start=1):
            text = f"{number}. {pick(question.question, lang)}"
            if question.type == "multiple":
                boxes = {o.id: tick_box(pick(o.text, lang)) for o in question.options}
                for box in boxes.values():
                    box.observe(lambda _c, q=question: self.changed(lambda: self._store(q.id, [o for o, b in self.ticks[q.id].items() if b.value])), names="value")
                self.ticks[question.id] = boxes
                rows += [heading(text, 4), widgets.HTML(f"<p class='kit-hint'>{html.escape(tr('pretest.several'))}</p>"), *boxes.values()]
                continue
            if question.type == "true_false":
                options = [Choice(tr("quiz.true"), "true"), Choice(tr("quiz.false"), "false")]
            else:
                options = [Choice(pick(o.text, lang), o.id) for o in question.options]
            group = RadioQuestions([Question(question.id, text, options)], lang)
            group.on_answer(lambda qid, value: self.changed(lambda: self._store(qid, [value] if value else [])))
            self.lists[question.id] = group
            rows.append(group)
        self.status = widgets.HTML()
        self.widget = widgets.VBox(rows + [self.status])
        self.reload()

    def _store(self, question_id: str, choices: list[str]) -> None:
        from kit.progress.model import QuizAnswer

        answers = {k: v for k, v in self.page.progress.pretest.items() if k != question_id}
        if choices:
            answers[question_id] = QuizAnswer(choices=sorted(choices), answered=now())
        self.page.progress.pretest = answers

    def load(self) -> None:
        answers = self.page.progress.pretest
        for question_id, group in self.lists.items():
            group.show_answers({question_id: answers[question_id].choices[0]} if question_id in answers else {})
        for question_id, boxes in self.ticks.items():
            chosen = set(answers[question_id].choices) if question_id in answers else set()
            for option, box in boxes.items():
                box.value = option in chosen

    def refresh(self) -> None:
        answered = sum(1 for q in self.questions if q.id in self.page.progress.pretest)
        key = "pretest.all_done" if answered == len(self.questions) else "pretest.count"
        self.status.value = notice_html(self.page.t(key, answered=answered, total=len(self.questions)), "ok" if answered == len(self.questions) else "info")


def pretest(page):
    """Display the positioning pre-test and return its view (nothing when the content is broken)."""
    from kit.ui.trainer_page import Unavailable

    if not page.ok:
        return Unavailable("show", "refresh")
    view = PreTestView(page)
    view.show()
    return view
