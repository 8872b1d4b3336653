"""Figures of the appreciation surveys for the session summary (pure, hand-checkable).

A participant has answered a survey when at least one of its questions has
an answer. Comments are returned without any name or code.

>>> from kit.content.library import load_all
>>> survey = next(s for s in load_all("survey") if s.id == "satisfaction_chaud")
>>> survey_figures(survey, []).respondents
0
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class QuestionFigures:
    question: object  # kit.content.survey.SurveyQuestion
    answered: int = 0
    mean: float | None = None
    positive: int = 0  # ratings at or above the scale's positive_from
    counts: Counter = field(default_factory=Counter)  # rating (or option id) -> answers


@dataclass
class SurveyFigures:
    survey: object  # kit.content.survey.SurveyFile
    respondents: int
    questions: list[QuestionFigures]
    comments: dict[str, list[str]]  # text question id -> comments, in file order

    @property
    def positive_share(self) -> float | None:
        """Share of satisfied ratings over every rating question (None without a rating)."""
        rated = sum(q.answered for q in self.questions if q.question.type == "scale")
        return sum(q.positive for q in self.questions if q.question.type == "scale") / rated if rated else None


def has_answers(answers) -> bool:
    """Whether a participant's :class:`kit.progress.model.SurveyAnswers` holds at least one answer."""
    return answers is not None and bool(answers.ratings or any(answers.ticked.values()) or any(c.strip() for c in answers.comments.values()))


def survey_figures(survey, all_answers: list) -> SurveyFigures:
    """Counts, means and satisfied shares of ``survey`` over every participant's answers (None ones skipped)."""
    answered = [a for a in all_answers if has_answers(a)]
    figures, comments = [], {}
    for question in survey.questions:
        fig = QuestionFigures(question)
        if question.type == "scale":
            scale = survey.scale(question.scale)
            ratings = [a.ratings[question.id] for a in answered if question.id in a.ratings]
            fig.answered, fig.counts = len(ratings), Counter(ratings)
            fig.mean = round(sum(ratings) / len(ratings), 2) if ratings else None
            fig.positive = sum(1 for r in ratings if r >= scale.positive_from)
        elif question.type == "choices":
            ticked = [a.ticked.get(question.id, []) for a in answered]
            fig.answered = sum(1 for t in ticked if t)
            fig.counts = Counter(option for t in ticked for option in t)
        else:
            texts = [a.comments[question.id].strip() for a in answered if a.comments.get(question.id, "").strip()]
            fig.answered = len(texts)
            comments[question.id] = texts
        figures.append(fig)
    return SurveyFigures(survey, len(answered), figures, comments)
