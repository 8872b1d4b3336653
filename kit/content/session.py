"""Schema of a workshop's session file (kind ``session``): what the trainer-side documents print.

One small YAML file per workshop, kept with the participants' files (see
``docs/exemple-session.yaml``): title, organisation, trainer, place, funder
reference and the half-days with their times. It is checked like the
content of ``exercises/`` (``python -m kit validate ma-session.yaml``).

>>> from pathlib import Path
>>> from kit.content.validate import validate_paths
>>> report = validate_paths([Path("docs/exemple-session.yaml")])
>>> report.problems, next(iter(report.models.values())).hours
([], 7.0)
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, StringConstraints, model_validator
from pydantic_core import PydanticCustomError

from kit.content.common import Model, ModuleId, Reference
from kit.content.trainer import ClockTime, clock_minutes

Line = Annotated[str, StringConstraints(min_length=1, max_length=200, strip_whitespace=True)]


def _day(value):
    # YAML reads 2026-11-02 as a date; anything else must be written that way.
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise PydanticCustomError("kit.content.bad_date", "date", {"value": str(value)})


Day = Annotated[dt.date, BeforeValidator(_day)]


class HalfDay(Model):
    date: Day
    start: ClockTime = Field(description='Start time "HH:MM" (in quotes).')
    end: ClockTime

    @model_validator(mode="after")
    def _ends_after_it_starts(self):
        if clock_minutes(self.end) <= clock_minutes(self.start):
            raise PydanticCustomError("kit.content.half_day_order", "half_day", {"start": self.start, "end": self.end})
        return self

    @property
    def minutes(self) -> int:
        return clock_minutes(self.end) - clock_minutes(self.start)

    @property
    def morning(self) -> bool:
        return clock_minutes(self.start) < 12 * 60


class SessionFile(Model):
    kind: Literal["session"]
    title: Line
    organisation: Line = Field(description="The training organisation that issues the documents.")
    declaration_number: Line | None = Field(default=None, description="Numéro de déclaration d’activité of the organisation.")
    trainer: Line
    place: Line
    audience: Line | None = Field(default=None, description="Who the workshop is for, as the printed agenda says it (optional).")
    funder_reference: Line | None = Field(default=None, description="Funder's file number (OPCO, France Travail, …).")
    half_days: list[HalfDay] = Field(min_length=1, max_length=40)
    modules: list[ModuleId] = Field(default_factory=list, description="Modules taught (empty: every module with objectives).")

    @property
    def first_day(self) -> dt.date:
        return min(h.date for h in self.half_days)

    @property
    def last_day(self) -> dt.date:
        return max(h.date for h in self.half_days)

    @property
    def hours(self) -> float:
        """Total length in hours (breaks included, as the trainer wrote the times)."""
        return round(sum(h.minutes for h in self.half_days) / 60, 2)

    def ordered_half_days(self) -> list[HalfDay]:
        return sorted(self.half_days, key=lambda h: (h.date, clock_minutes(h.start)))

    def declared(self):
        return []

    def references(self):
        return [Reference("objectives_module", ("modules", i), m) for i, m in enumerate(self.modules)]
