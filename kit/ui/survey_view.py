"""An appreciation survey (« à chaud », « à froid »): ratings, tick boxes and comments, saved at every change.

>>> import tempfile, pathlib
>>> from kit.ui.own_page import open_page
>>> view = SurveyView(open_page("avis", path=pathlib.Path(tempfile.mkdtemp()) / "p.json", show=False), "satisfaction_chaud")
>>> sorted(view.ratings) == sorted(q.id for q in view.survey.questions if q.type == "scale")
True
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import ipywidgets as widgets

from kit.core.clock import now
from kit.core.languages import pick
from kit.core.notices import notice_html
from kit.evidence.satisfaction import has_answers
from kit.ui.controls import button, heading, tick_box
from kit.ui.exercise_view import ExerciseView
from kit.ui.radio_questions import Choice, Question, RadioQuestions

if TYPE_CHECKING:
    from kit.progress.model import SurveyAnswers

COMMENT_LIMIT = 2000


def find_survey(survey_id: str):
    """The survey ``survey_id`` of ``exercises/`` (ContentError, naming the surveys there are, if missing)."""
    from kit.content.library import exercise

    return exercise("survey", survey_id)


class SurveyView(ExerciseView):
    def __init__(self, page, survey_id: str):
        super().__init__(page)
        self.survey = find_survey(survey_id)
        lang, tr = page.lang, page.t
        self.ratings: dict[str, RadioQuestions] = {}  # one radio group per scale question
        self.ticks: dict[str, dict[str, widgets.Checkbox]] = {}
        self.comments: dict[str, widgets.Textarea] = {}
        rows = [heading(pick(self.survey.title, lang)), widgets.HTML(f"<p>{html.escape(pick(self.survey.intro, lang))}</p>")]
        for number, question in enumerate(self.survey.questions, start=1):
            text = f"{number}. {pick(question.question, lang)}"
            if question.type == "scale":
                labels = self.survey.scale(question.scale).labels
                group = RadioQuestions([Question(question.id, text, [Choice(f"{n} · {pick(label, lang)}", n) for n, label in enumerate(labels, start=1)])], lang)
                group.on_answer(lambda qid, value: self.changed(lambda: self._rate(qid, value)))
                self.ratings[question.id] = group
                rows.append(group)
            elif question.type == "choices":
                boxes = {o.id: tick_box(pick(o.text, lang)) for o in question.options}
                for box in boxes.values():
                    box.observe(lambda _c, qid=question.id: self.changed(lambda: self._tick(qid)), names="value")
                self.ticks[question.id] = boxes
                hint = f"<p class='kit-hint'>{html.escape(pick(question.hint, lang))}</p>" if question.hint else ""
                rows += [heading(text, 4), widgets.HTML(hint), *boxes.values()]
            else:
                area = widgets.Textarea(description=text, placeholder=tr("survey.comment_placeholder"), continuous_update=False, layout=widgets.Layout(width="100%", height="5em"))
                area.add_class("kit-statement")
                area.observe(lambda change, qid=question.id: self.changed(lambda: self._comment(qid, change["new"])), names="value")
                self.comments[question.id] = area
                rows.append(area)
        self.done = button(tr("survey.done"), "primary", "check", tooltip=tr("survey.done_help"), on_click=lambda: self.changed(self._complete))
        self.status = widgets.HTML()
        self.widget = widgets.VBox(rows + [self.done, self.status])
        self.reload()

    # --- progress -----------------------------------------------------------------------------
    def answers(self) -> SurveyAnswers | None:
        return self.page.progress.surveys.get(self.survey.id)

    def _update(self, **changes) -> None:
        from kit.progress.model import SurveyAnswers

        current = self.answers() or SurveyAnswers(updated=now())
        data = {**current.model_dump(), **changes, "updated": now()}
        self.page.progress.surveys = {**self.page.progress.surveys, self.survey.id: SurveyAnswers(**data)}

    def _rate(self, question_id: str, value) -> None:
        ratings = dict(self.answers().ratings) if self.answers() else {}
        if value:
            ratings[question_id] = value
        else:
            ratings.pop(question_id, None)
        self._update(ratings=ratings)

    def _tick(self, question_id: str) -> None:
        ticked = dict(self.answers().ticked) if self.answers() else {}
        ticked[question_id] = [option for option, box in self.ticks[question_id].items() if box.value]
        self._update(ticked={k: v for k, v in ticked.items() if v})

    def _comment(self, question_id: str, text: str) -> None:
        comments = dict(self.answers().comments) if self.answers() else {}
        comments[question_id] = (text or "").strip()[:COMMENT_LIMIT]
        self._update(comments={k: v for k, v in comments.items() if v})

    def _complete(self) -> None:
        self._update(completed=now())

    # --- widgets ------------------------------------------------------------------------------
    def load(self) -> None:
        answers = self.answers()
        for question_id, group in self.ratings.items():
            group.show_answers({question_id: answers.ratings[question_id]} if answers and question_id in answers.ratings else {})
        for question_id, boxes in self.ticks.items():
            chosen = set(answers.ticked.get(question_id, [])) if answers else set()
            for option, box in boxes.items():
                box.value = option in chosen
        for question_id, area in self.comments.items():
            area.value = answers.comments.get(question_id, "") if answers else ""

    def refresh(self) -> None:
        tr, answers = self.page.t, self.answers()
        if answers is not None and answers.completed:
            self.status.value = notice_html(tr("survey.thanks"), "ok")
        elif has_answers(answers):
            self.status.value = notice_html(tr("survey.saved"), "info")
        else:
            self.status.value = notice_html(tr("survey.empty"), "info")


def survey(page, survey_id: str):
    """Display the survey ``survey_id`` of ``exercises/`` and return its view (nothing when the content is broken)."""
    from kit.ui.trainer_page import Unavailable

    if not page.ok:
        return Unavailable("show", "refresh")
    view = SurveyView(page, survey_id)
    view.show()
    return view
