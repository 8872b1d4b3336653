"""Schema of ``exercises/diagnostic.yaml``: the barrier self-assessment (module 1).

Scores run from 0 (no barrier) to 100 (a strong barrier). Each statement is
answered on the agreement ``scale``; a ``reverse: true`` statement counts the
other way round (agreeing with it means the barrier is weak).
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from kit.content.common import Model, ModuleId, Reference, Slug, Text
from kit.content.conditions import Conditions, answer_declarations, answer_references


class ScalePoint(Model):
    value: int = Field(ge=1, le=9)
    label: Text


class Statement(Model):
    id: Slug
    text: Text
    reverse: bool = False


class BandVariant(Model):
    """Other words for a band, for participants whose answers the general words would contradict."""

    shown_if: Conditions = Field(min_length=1)
    interpretation: Text | None = None
    advice: Text | None = None


class Band(Model):
    up_to: float = Field(ge=0, le=100, description="Highest score (inclusive) of this band.")
    level: Slug
    label: Text
    interpretation: Text
    advice: Text
    route: bool = Field(description="Whether this barrier's modules enter the participant's path.")
    variants: list[BandVariant] = Field(default_factory=list, description="The first variant whose shown_if holds replaces interpretation and/or advice.")


class BarrierAssessment(Model):
    barrier: Slug
    statements: list[Statement] = Field(min_length=4)
    bands: list[Band] = Field(min_length=2)
    modules: list[ModuleId] = Field(min_length=1)

    @model_validator(mode="after")
    def _bands_cover_0_to_100(self):
        bounds = [band.up_to for band in self.bands]
        if bounds != sorted(bounds) or len(set(bounds)) != len(bounds):
            raise PydanticCustomError("kit.content.bands_order", "bands")
        if bounds[-1] != 100:
            raise PydanticCustomError("kit.content.bands_end", "bands", {"last": bounds[-1]})
        if not any(s.reverse for s in self.statements):
            raise PydanticCustomError("kit.content.no_reverse", "statements")
        return self


class DiagnosticFile(Model):
    kind: Literal["diagnostic"]
    scale: list[ScalePoint] = Field(min_length=3, max_length=7)
    barriers: list[BarrierAssessment] = Field(min_length=1)
    default_path: list[ModuleId] = Field(min_length=1, description="Modules suggested when no barrier routes.")

    @model_validator(mode="after")
    def _scale_is_1_to_n(self):
        values = [point.value for point in self.scale]
        if values != list(range(1, len(values) + 1)):
            raise PydanticCustomError("kit.content.scale_values", "scale", {"count": len(values)})
        return self

    def declared(self):
        refs = [Reference("diagnostic_barrier", ("barriers", i, "barrier"), b.barrier) for i, b in enumerate(self.barriers)]
        refs += [
            Reference("statement", ("barriers", i, "statements", j, "id"), s.id)
            for i, b in enumerate(self.barriers)
            for j, s in enumerate(b.statements)
        ]
        scale = [point.value for point in self.scale]
        refs += [
            ref for i, b in enumerate(self.barriers) for j, s in enumerate(b.statements)
            for ref in answer_declarations(f"diagnostic.{s.id}", scale, ("barriers", i, "statements", j, "id"))
        ]
        return refs

    def references(self):
        refs = [Reference("barrier", ("barriers", i, "barrier"), b.barrier) for i, b in enumerate(self.barriers)]
        refs += [
            Reference("module", ("barriers", i, "modules", j), m)
            for i, b in enumerate(self.barriers)
            for j, m in enumerate(b.modules)
        ]
        refs += [Reference("module", ("default_path", j), m) for j, m in enumerate(self.default_path)]
        refs += [
            ref for i, b in enumerate(self.barriers) for j, band in enumerate(b.bands) for k, variant in enumerate(band.variants)
            for ref in answer_references(variant.shown_if, ("barriers", i, "bands", j, "variants", k, "shown_if"))
        ]
        return refs

    def statement_count(self) -> int:
        return sum(len(b.statements) for b in self.barriers)
