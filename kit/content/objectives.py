"""Schema of ``exercises/objectifs.yaml``: pedagogical objectives, their evidence and the evaluation rules.

Each module 01–08 states 1 to 3 observable objectives. Each objective lists
its ``evidence`` — quiz questions, a sorting, a checklist, a diagnostic
barrier, a plan element, the routine, the idea bank, the drafts — as
references to ids of the other files, so the validator catches a typo.
The ``rules`` turn what a participant did into « acquis / en cours
d’acquisition / non acquis »: thresholds live here, :mod:`kit.evidence.evaluation`
only applies them.

>>> from kit.content.library import load
>>> rules = load("objectives").rules
>>> rules.quiz.acquis_from, rules.quiz.en_cours_from
(0.7, 0.4)
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, model_validator
from pydantic_core import PydanticCustomError

from kit.content.common import Model, ModuleId, Reference, Slug, Text

# Evidence written as a bare word in the YAML (``- routine``).
BARE_EVIDENCE = ("diagnostic", "routine", "ideas", "drafts")
PLAN_ELEMENTS = ("calendar", "objectives", "platforms")
EVIDENCE_KINDS = ("quiz", "sorting", "checklist", "diagnostic_barrier", "plan") + BARE_EVIDENCE


class Thresholds(Model):
    """A measure at or above ``acquis_from`` is « acquis », at or above ``en_cours_from`` « en cours »."""

    acquis_from: float = Field(ge=0)
    en_cours_from: float = Field(ge=0)

    @model_validator(mode="after")
    def _en_cours_below_acquis(self):
        if self.en_cours_from > self.acquis_from:
            raise PydanticCustomError("kit.content.thresholds_order", "thresholds", {"low": self.en_cours_from, "high": self.acquis_from})
        return self


class ShareThresholds(Thresholds):
    """Thresholds on a share, from 0 (nothing) to 1 (everything)."""

    acquis_from: float = Field(ge=0, le=1)
    en_cours_from: float = Field(ge=0, le=1)


class BarrierRule(Model):
    """Diagnostic T0 -> T1: the barrier score (0 none .. 100 strong) must ease."""

    acquis_eased_by: float = Field(ge=1, le=100, description="Points of ease from T0 to T1 that make it « acquis ».")
    acquis_bands: list[Slug] = Field(default_factory=list, description="Band levels at T1 that make it « acquis » whatever T0 was.")
    en_cours_eased_by: float = Field(ge=0, le=100, description="Points of ease that make it « en cours ».")
    en_cours_bands: list[Slug] = Field(default_factory=list)

    @model_validator(mode="after")
    def _en_cours_below_acquis(self):
        if self.en_cours_eased_by > self.acquis_eased_by:
            raise PydanticCustomError("kit.content.thresholds_order", "thresholds", {"low": self.en_cours_eased_by, "high": self.acquis_eased_by})
        return self


class PlanRules(Model):
    """Counts in the plan (module 08): planned posts, objectives chosen, platforms with a reason."""

    calendar: Thresholds
    objectives: Thresholds
    platforms: Thresholds


class Rules(Model):
    combine: Literal["balanced", "strict"] = Field(description="balanced: all acquis -> acquis, all non acquis -> non acquis, else en cours; strict: the lowest level wins.")
    quiz: ShareThresholds = Field(description="Share of the listed questions answered as expected.")
    sorting: ShareThresholds = Field(description="Share of the cards shown that were sorted (there is no wrong pile).")
    checklist: ShareThresholds = Field(description="Share of the items ticked.")
    diagnostic: Thresholds = Field(description="Completed assessments (T0, T1).")
    diagnostic_barrier: BarrierRule
    plan: PlanRules
    routine: Thresholds = Field(description="Steps of the routine done: a weekly budget, a publishing activity, days chosen.")
    ideas: Thresholds = Field(description="Ideas in the bank.")
    drafts: Thresholds = Field(description="Drafts with text.")


class Levels(Model):
    acquis: Text
    en_cours: Text
    non_acquis: Text
    non_evalue: Text


def _bare_evidence(value):
    if isinstance(value, str):
        if value in BARE_EVIDENCE:
            return {value: True}
        raise PydanticCustomError("kit.content.bad_evidence", "evidence", {"value": value, "choices": ", ".join(EVIDENCE_KINDS)})
    return value


class _Evidence(Model):
    quiz: Slug | None = None
    questions: list[Slug] = Field(default_factory=list, description="With quiz: the question ids.")
    sorting: Slug | None = None
    checklist: Slug | None = None
    diagnostic_barrier: Slug | None = None
    plan: Literal["calendar", "objectives", "platforms"] | None = None
    diagnostic: Literal[True] | None = None
    routine: Literal[True] | None = None
    ideas: Literal[True] | None = None
    drafts: Literal[True] | None = None

    @property
    def kind(self) -> str:
        return next(k for k in EVIDENCE_KINDS if getattr(self, k) is not None)

    @model_validator(mode="after")
    def _one_kind(self):
        kinds = [k for k in EVIDENCE_KINDS if getattr(self, k) is not None]
        if len(kinds) != 1:
            raise PydanticCustomError("kit.content.evidence_one_kind", "evidence", {"choices": ", ".join(EVIDENCE_KINDS)})
        if (self.quiz is None) != (not self.questions):
            raise PydanticCustomError("kit.content.evidence_questions", "evidence")
        return self


Evidence = Annotated[_Evidence, BeforeValidator(_bare_evidence)]


class Objective(Model):
    id: Slug
    text: Text = Field(description="Observable: what the participant can do at the end (a verb of action).")
    evidence: list[Evidence] = Field(min_length=1)


class ModuleObjectives(Model):
    module: ModuleId
    objectives: list[Objective] = Field(min_length=1, max_length=3)


class PreTest(Model):
    """Optional short pre-test at entry: a few questions of a quiz, answered before the modules."""

    quiz: Slug
    questions: list[Slug] = Field(min_length=1, max_length=10)


class ObjectivesFile(Model):
    kind: Literal["objectives"]
    levels: Levels
    rules: Rules
    pretest: PreTest | None = None
    modules: list[ModuleObjectives] = Field(min_length=1)

    def objectives(self, module_ids=None) -> list[tuple[str, Objective]]:
        """``(module id, objective)`` in file order, for ``module_ids`` (default: every module)."""
        return [(m.module, o) for m in self.modules if module_ids is None or m.module in module_ids for o in m.objectives]

    def declared(self):
        refs = [Reference("learning_objective", ("modules", i, "objectives", j, "id"), o.id) for i, m in enumerate(self.modules) for j, o in enumerate(m.objectives)]
        return refs + [Reference("objectives_module", ("modules", i, "module"), m.module) for i, m in enumerate(self.modules)]

    def references(self):
        refs = [Reference("module", ("modules", i, "module"), m.module) for i, m in enumerate(self.modules)]
        for i, module in enumerate(self.modules):
            for j, objective in enumerate(module.objectives):
                for k, ev in enumerate(objective.evidence):
                    refs += _evidence_references(ev, ("modules", i, "objectives", j, "evidence", k))
        if self.pretest:
            refs.append(Reference("quiz", ("pretest", "quiz"), self.pretest.quiz))
            refs += [Reference("question", ("pretest", "questions", n), q) for n, q in enumerate(self.pretest.questions)]
        return refs


def _evidence_references(ev: _Evidence, loc: tuple) -> list[Reference]:
    if ev.quiz is not None:
        return [Reference("quiz", loc + ("quiz",), ev.quiz)] + [Reference("question", loc + ("questions", n), q) for n, q in enumerate(ev.questions)]
    for field, namespace in (("sorting", "sorting"), ("checklist", "checklist"), ("diagnostic_barrier", "diagnostic_barrier")):
        if getattr(ev, field) is not None:
            return [Reference(namespace, loc + (field,), getattr(ev, field))]
    return []
