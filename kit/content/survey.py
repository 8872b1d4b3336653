"""Schema of the appreciation surveys (``exercises/satisfaction_*.yaml``, kind ``survey``).

``moment: chaud`` is filled in at the end of the workshop, ``moment: froid``
one to three months later (offered on the welcome page once the plan's
check-in of day ``offer_on_day`` is reached). A question is a rating on one
of the survey's ``scales``, a set of tick boxes (``choices``) or a free
``text``. A rating at or above its scale's ``positive_from`` counts as
satisfied in the session summary.

>>> from kit.content.library import load_all
>>> survey = next(s for s in load_all("survey") if s.id == "satisfaction_chaud")
>>> survey.moment, survey.questions[0].type
('chaud', 'scale')
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from kit.content.common import Model, Reference, Slug, Text


class Scale(Model):
    id: Slug
    labels: list[Text] = Field(min_length=3, max_length=7, description="Labels of points 1..n, the most negative first.")
    positive_from: int = Field(ge=1, description="Points at or above this one count as satisfied.")

    @model_validator(mode="after")
    def _positive_on_scale(self):
        if self.positive_from > len(self.labels):
            raise PydanticCustomError("kit.content.threshold_off_scale", "positive_from", {"count": len(self.labels)})
        return self


class SurveyOption(Model):
    id: Slug
    text: Text


class SurveyQuestion(Model):
    id: Slug
    type: Literal["scale", "choices", "text"]
    question: Text
    scale: Slug | None = Field(default=None, description="scale questions: the id of one of the survey's scales.")
    options: list[SurveyOption] = Field(default_factory=list, description="choices questions: the tick boxes.")
    hint: Text | None = None

    @model_validator(mode="after")
    def _fields_of_the_type(self):
        if self.type == "scale" and self.scale is None:
            raise PydanticCustomError("kit.content.survey_scale_missing", "scale")
        if self.type == "choices" and len(self.options) < 2:
            raise PydanticCustomError("kit.content.quiz_options", "options")
        if self.type != "scale" and self.scale is not None:
            raise PydanticCustomError("kit.content.survey_scale_only", "scale", {"type": self.type})
        if self.type != "choices" and self.options:
            raise PydanticCustomError("kit.content.survey_options_only", "options", {"type": self.type})
        if len({o.id for o in self.options}) != len(self.options):
            raise PydanticCustomError("kit.content.duplicate_option", "options")
        return self


class SurveyFile(Model):
    kind: Literal["survey"]
    id: Slug
    moment: Literal["chaud", "froid"]
    title: Text
    intro: Text
    offer_on_day: int | None = Field(default=None, ge=1, le=90, description="froid: offered from the check-in J+n of the participant's plan (n days after its start).")
    scales: list[Scale] = Field(default_factory=list)
    questions: list[SurveyQuestion] = Field(min_length=1)

    def scale(self, scale_id: str) -> Scale:
        return next(s for s in self.scales if s.id == scale_id)

    def declared(self):
        refs = [Reference("survey", ("id",), self.id), Reference("survey_moment", ("moment",), self.moment)]
        refs += [Reference(f"scale:{self.id}", ("scales", i, "id"), s.id) for i, s in enumerate(self.scales)]
        return refs + [Reference(f"survey_question:{self.id}", ("questions", i, "id"), q.id) for i, q in enumerate(self.questions)]

    def references(self):
        return [Reference(f"scale:{self.id}", ("questions", i, "scale"), q.scale) for i, q in enumerate(self.questions) if q.scale]
