"""Schemas of the interactive exercises: quiz, checklist, chooser, sorting, self-check, platform roles.

Every exercise file names its ``module`` and has an ``id`` unique across files,
which is also its key in the progress file.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from kit.content.common import Model, ModuleId, Reference, Slug, Text
from kit.content.conditions import Conditions, answer_declarations, answer_references


class _Exercise(Model):
    id: Slug
    module: ModuleId
    title: Text

    def declared(self):
        return [Reference("exercise", ("id",), self.id)]

    def _module_reference(self):
        return [Reference("module", ("module",), self.module)]

    def references(self):
        return self._module_reference()


# --- quiz (module 02) -------------------------------------------------------------------
class QuizOption(Model):
    id: Slug
    text: Text
    correct: bool | None = None
    argument: Text | None = Field(default=None, description="Opinion questions: the argument for this position.")


class QuizQuestion(Model):
    id: Slug
    type: Literal["single", "multiple", "true_false", "opinion"]
    topic: Slug
    platforms: list[Slug] = Field(default_factory=list, description="Platforms the question is about (empty: all).")
    question: Text
    options: list[QuizOption] = Field(default_factory=list)
    answer: bool | None = Field(default=None, description="true_false questions only.")
    explanation: Text

    @model_validator(mode="after")
    def _rules_of_the_type(self):
        correct = [o for o in self.options if o.correct]
        if self.type == "true_false":
            if self.answer is None or self.options:
                raise PydanticCustomError("kit.content.quiz_true_false", "true_false")
        elif len(self.options) < 2:
            raise PydanticCustomError("kit.content.quiz_options", "options")
        elif self.type == "single" and len(correct) != 1:
            raise PydanticCustomError("kit.content.quiz_single", "single", {"count": len(correct)})
        elif self.type == "multiple" and not correct:
            raise PydanticCustomError("kit.content.quiz_multiple", "multiple")
        elif self.type == "opinion" and (any(o.correct is not None for o in self.options) or any(o.argument is None for o in self.options)):
            raise PydanticCustomError("kit.content.quiz_opinion", "opinion")
        if len({o.id for o in self.options}) != len(self.options):
            raise PydanticCustomError("kit.content.duplicate_option", "options")
        return self


class QuizFile(_Exercise):
    kind: Literal["quiz"]
    questions: list[QuizQuestion] = Field(min_length=1)

    def declared(self):
        refs = super().declared() + [Reference("quiz", ("id",), self.id)]
        return refs + [Reference("question", ("questions", i, "id"), q.id) for i, q in enumerate(self.questions)]


# --- checklist (modules 02, 03) ----------------------------------------------------------
class ChecklistItem(Model):
    id: Slug
    text: Text
    hint: Text | None = None
    shown_if: Conditions = Field(default_factory=list, description="Shown only to participants whose answers match (kit.content.conditions).")


class ChecklistFile(_Exercise):
    kind: Literal["checklist"]
    items: list[ChecklistItem] = Field(min_length=1)

    def declared(self):
        return super().declared() + [Reference("checklist", ("id",), self.id)] + [
            Reference(f"item:{self.id}", ("items", i, "id"), item.id) for i, item in enumerate(self.items)
        ]

    def references(self):
        refs = self._module_reference()
        for i, item in enumerate(self.items):
            refs += answer_references(item.shown_if, ("items", i, "shown_if"))
        return refs


# --- chooser (module 03: which stance fits me) ------------------------------------------
class Outcome(Model):
    id: Slug
    name: Text
    description: Text
    pros: list[Text] = Field(min_length=1)
    cons: list[Text] = Field(min_length=1)
    checklist: Slug | None = Field(default=None, description="Checklist id to review with this outcome.")


class ChooserOption(Model):
    id: Slug
    text: Text
    points: dict[Slug, Annotated[int, Field(ge=0, le=10)]] = Field(description="Outcome id -> points (0 to 10) this answer gives it.")


class ChooserQuestion(Model):
    id: Slug
    question: Text
    options: list[ChooserOption] = Field(min_length=2)


class ChooserFile(_Exercise):
    kind: Literal["chooser"]
    outcomes: list[Outcome] = Field(min_length=2)
    questions: list[ChooserQuestion] = Field(min_length=1)

    def references(self):
        refs = self._module_reference()
        for i, question in enumerate(self.questions):
            for j, option in enumerate(question.options):
                refs += [Reference(f"outcome:{self.id}", ("questions", i, "options", j, "points", key), key) for key in option.points]
        refs += [Reference("checklist", ("outcomes", i, "checklist"), o.checklist) for i, o in enumerate(self.outcomes) if o.checklist]
        return refs

    def declared(self):
        refs = super().declared() + [Reference(f"outcome:{self.id}", ("outcomes", i, "id"), o.id) for i, o in enumerate(self.outcomes)]
        refs += [Reference(f"question:{self.id}", ("questions", i, "id"), q.id) for i, q in enumerate(self.questions)]
        refs += [
            Reference(f"option:{self.id}.{q.id}", ("questions", i, "options", j, "id"), o.id)
            for i, q in enumerate(self.questions)
            for j, o in enumerate(q.options)
        ]
        for i, q in enumerate(self.questions):
            refs += answer_declarations(f"{self.id}.{q.id}", [o.id for o in q.options], ("questions", i, "id"))
        refs += answer_declarations(f"{self.id}.chosen", [o.id for o in self.outcomes], ("outcomes",))
        return refs


# --- platform roles (module 03: who sees the administrator) -------------------------------
class PlatformRoles(Model):
    platform: Slug
    name: Text
    how_it_works: Text
    what_visitors_see: Text
    watch_out: Text
    source: str = Field(min_length=3)
    date: str = Field(pattern=r"^20\d\d-(0[1-9]|1[0-2])$")


class PlatformRolesFile(_Exercise):
    kind: Literal["platform_roles"]
    platforms: list[PlatformRoles] = Field(min_length=1)


# --- sorting (e.g. module 05: share / with care / secret garden) ----------------------------
class SortingCard(Model):
    id: Slug
    text: Text
    suggested: Slug = Field(description="The id of one of this file's piles.")
    reason: Text
    sectors: list[Slug] = Field(default_factory=list, description="Empty: shown to every sector.")
    shown_if: Conditions = Field(default_factory=list, description="Shown only to participants whose answers match (kit.content.conditions).")


class Pile(Model):
    id: Slug
    name: Text
    description: Text


class SortingFile(_Exercise):
    """Cards to sort into the piles the file declares (the letting-go piles are one case)."""

    kind: Literal["sorting"]
    piles: list[Pile] = Field(min_length=2, max_length=6)
    cards: list[SortingCard] = Field(min_length=3)

    def declared(self):
        return (
            super().declared()
            + [Reference("sorting", ("id",), self.id)]
            + [Reference("card", ("cards", i, "id"), c.id) for i, c in enumerate(self.cards)]
            + [Reference(f"pile:{self.id}", ("piles", i, "id"), p.id) for i, p in enumerate(self.piles)]
        )

    def references(self):
        return self._module_reference() + [
            Reference("sector", ("cards", i, "sectors", j), s) for i, c in enumerate(self.cards) for j, s in enumerate(c.sectors)
        ] + [Reference(f"pile:{self.id}", ("cards", i, "suggested"), c.suggested) for i, c in enumerate(self.cards)] + [
            ref for i, c in enumerate(self.cards) for ref in answer_references(c.shown_if, ("cards", i, "shown_if"))
        ]


# --- self-check (module 05: taboos and internal blockers) ---------------------------------
class SelfCheckItem(Model):
    id: Slug
    statement: Text
    work_on: Text = Field(description="What to work on inside the company when this item scores high.")
    shown_if: Conditions = Field(default_factory=list, description="Asked only of participants whose answers match (kit.content.conditions).")


class SelfCheckGroup(Model):
    id: Slug
    name: Text
    items: list[SelfCheckItem] = Field(min_length=1)


class SelfCheckFile(_Exercise):
    kind: Literal["self_check"]
    scale: list[Text] = Field(min_length=3, max_length=7, description="Labels of points 1..n.")
    threshold: int = Field(ge=1, description="Items rated at or above this point go into 'what to work on first'.")
    groups: list[SelfCheckGroup] = Field(min_length=1)

    def declared(self):
        scale = range(1, len(self.scale) + 1)
        return super().declared() + [
            Reference(f"item:{self.id}", ("groups", i, "items", j, "id"), item.id)
            for i, group in enumerate(self.groups)
            for j, item in enumerate(group.items)
        ] + [
            ref for i, group in enumerate(self.groups) for j, item in enumerate(group.items)
            for ref in answer_declarations(f"{self.id}.{item.id}", scale, ("groups", i, "items", j, "id"))
        ]

    def references(self):
        return self._module_reference() + [
            ref for i, group in enumerate(self.groups) for j, item in enumerate(group.items)
            for ref in answer_references(item.shown_if, ("groups", i, "items", j, "shown_if"))
        ]

    @model_validator(mode="after")
    def _threshold_on_scale(self):
        if self.threshold > len(self.scale):
            raise PydanticCustomError("kit.content.threshold_off_scale", "threshold", {"count": len(self.scale)})
        return self
