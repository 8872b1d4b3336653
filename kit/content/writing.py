"""Schemas of the writing workshop (module 07): the peer-review rubric and the starter prompts."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from kit.content.common import Model, Reference, Slug, Text
from kit.content.exercises import _Exercise


class Criterion(Model):
    id: Slug
    name: Text
    question: Text = Field(description="What the neighbour asks themself while reading the draft.")


class RubricFile(_Exercise):
    kind: Literal["rubric"]
    scale: list[Text] = Field(min_length=3, max_length=5, description="Labels of points 1..n.")
    criteria: list[Criterion] = Field(min_length=2)

    def declared(self):
        return super().declared() + [Reference(f"criterion:{self.id}", ("criteria", i, "id"), c.id) for i, c in enumerate(self.criteria)]


class BarrierStarters(Model):
    barrier: Slug
    starters: list[Text] = Field(min_length=2)


class StartersFile(_Exercise):
    kind: Literal["writing_starters"]
    barriers: list[BarrierStarters] = Field(min_length=1)
    general: list[Text] = Field(min_length=2, description="Starters for everyone (no diagnostic yet).")

    def declared(self):
        return super().declared() + [Reference(f"starters:{self.id}", ("barriers", i, "barrier"), b.barrier) for i, b in enumerate(self.barriers)]

    def references(self):
        return self._module_reference() + [Reference("barrier", ("barriers", i, "barrier"), b.barrier) for i, b in enumerate(self.barriers)]
