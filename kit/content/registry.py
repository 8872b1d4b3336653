"""Schemas of the shared content: sectors, module registry, facilitation notes.

Each file of ``exercises/`` starts with ``kind:``; :data:`KINDS` maps that
word to its schema. Every schema can list the ids it declares and the ids it
refers to, so the validator checks references across files.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from kit.content.common import Minutes, Model, ModuleId, Reference, Slug, Text
from kit.content.conditions import answer_declarations


class Sector(Model):
    id: Slug
    name: Text
    examples: Text


class SectorsFile(Model):
    """``exercises/sectors.yaml``: the one list of trades used by every module."""

    kind: Literal["sectors"]
    sectors: list[Sector] = Field(min_length=1)

    def declared(self):
        return [Reference("sector", ("sectors", i, "id"), s.id) for i, s in enumerate(self.sectors)] + answer_declarations(
            "profile.sector", [s.id for s in self.sectors], ("sectors",))

    def references(self):
        return []


class SituationOption(Model):
    id: Slug
    text: Text


class SituationQuestion(Model):
    id: Slug
    question: Text
    options: list[SituationOption] = Field(min_length=2)


class SituationFile(Model):
    """``exercises/situation.yaml``: a few facts about the participant's business, asked on the welcome page.

    Content that presumes a situation is shown on these answers (``shown_if: situation.<question>``).
    """

    kind: Literal["situation"]
    title: Text
    questions: list[SituationQuestion] = Field(min_length=1)

    def declared(self):
        refs = []
        for i, question in enumerate(self.questions):
            refs += answer_declarations(f"situation.{question.id}", [o.id for o in question.options], ("questions", i, "id"))
        return refs

    def references(self):
        return []


class Barrier(Model):
    id: Slug
    name: Text
    summary: Text


class ModuleEntry(Model):
    id: ModuleId
    notebook: str = Field(pattern=r"^[a-z0-9_]+$", description="The notebook's file name without .ipynb; it starts with the module id and _.")
    title: Text
    summary: Text
    barriers: list[Slug]

    @model_validator(mode="after")
    def _notebook_named_after_the_module(self):
        if not self.notebook.startswith(f"{self.id}_"):
            raise PydanticCustomError("kit.content.notebook_name", "notebook", {"module": self.id, "notebook": self.notebook})
        return self


class ModulesFile(Model):
    """``exercises/modules.yaml``: the five barriers and the nine modules."""

    kind: Literal["modules"]
    barriers: list[Barrier] = Field(min_length=1)
    modules: list[ModuleEntry] = Field(min_length=1)

    def declared(self):
        return [Reference("barrier", ("barriers", i, "id"), b.id) for i, b in enumerate(self.barriers)] + [
            Reference("module", ("modules", i, "id"), m.id) for i, m in enumerate(self.modules)
        ]

    def references(self):
        return [
            Reference("barrier", ("modules", i, "barriers", j), b)
            for i, m in enumerate(self.modules)
            for j, b in enumerate(m.barriers)
        ]


class Part(Model):
    title: Text
    minutes: Minutes
    notes: Text


class Objection(Model):
    objection: Text
    answer: Text


class FacilitationFile(Model):
    """``exercises/facilitation/NN_*.yaml``: how a trainer runs one module."""

    kind: Literal["facilitation"]
    module: ModuleId
    parts: list[Part] = Field(min_length=1)
    questions: list[Text] = Field(min_length=1)
    objections: list[Objection] = Field(min_length=1)

    @property
    def total_minutes(self) -> int:
        return sum(part.minutes for part in self.parts)

    def declared(self):
        return [Reference("facilitation", ("module",), self.module)]

    def references(self):
        return [Reference("module", ("module",), self.module)]
