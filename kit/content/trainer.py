"""Schema of the trainer's content: the session formats of a workshop (``exercises/formats.yaml``).

A format is one or more sessions (a start time and a length); the agenda
builder (:mod:`kit.trainer.agenda`) lays the modules' facilitation parts into them,
with a break whenever the time since the last break would exceed
``break_every`` minutes.

>>> from kit.content.library import load
>>> half_day = load("session_formats").format("demi_journee")
>>> half_day.sessions[0].start, half_day.capacity
('09:00', 210)
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, model_validator
from pydantic_core import PydanticCustomError

from kit.content.common import Minutes, Model, Reference, Slug, Text

_CLOCK = re.compile(r"([01]?[0-9]|2[0-3]):[0-5][0-9]")
DAY_MINUTES = 24 * 60


def _clock_time(value):
    # YAML 1.1 reads an unquoted 13:30 as the number 810 (minutes in base 60): turn it back into "13:30".
    if isinstance(value, int) and not isinstance(value, bool) and 60 <= value < DAY_MINUTES:
        return f"{value // 60:02d}:{value % 60:02d}"
    if not isinstance(value, str) or not _CLOCK.fullmatch(value.strip()):
        raise PydanticCustomError("kit.content.bad_clock_time", "clock", {"value": str(value)})
    hours, minutes = value.strip().split(":")
    return f"{int(hours):02d}:{minutes}"


ClockTime = Annotated[str, BeforeValidator(_clock_time)]


def clock_minutes(clock: str) -> int:
    """Minutes since midnight of ``"HH:MM"``.

    >>> clock_minutes("13:30")
    810
    """
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


class Session(Model):
    name: Text
    start: ClockTime = Field(description='Start time "HH:MM" (write it in quotes).')
    minutes: Minutes

    @model_validator(mode="after")
    def _ends_the_same_day(self):
        if clock_minutes(self.start) + self.minutes > DAY_MINUTES:
            raise PydanticCustomError("kit.content.session_past_midnight", "session", {"start": self.start, "minutes": self.minutes})
        return self


class SessionFormat(Model):
    id: Slug
    name: Text
    description: Text
    sessions: list[Session] = Field(min_length=1)
    break_minutes: int = Field(ge=0, le=60, description="Length of one break.")
    break_every: int = Field(ge=30, le=480, description="A break comes before a part that would take the time since the last break past this.")

    @property
    def capacity(self) -> int:
        """Minutes of all the sessions, breaks included."""
        return sum(s.minutes for s in self.sessions)


class SessionFormatsFile(Model):
    """``exercises/formats.yaml``: the workshop formats a trainer can choose in the agenda builder."""

    kind: Literal["session_formats"]
    formats: list[SessionFormat] = Field(min_length=1)

    def format(self, format_id: str) -> SessionFormat:
        """The format ``format_id``.

        Raises:
            KeyError: no such format (the message lists the known ones).
        """
        found = next((f for f in self.formats if f.id == format_id), None)
        if found is None:
            raise KeyError(f"unknown session format {format_id!r}; known formats: {', '.join(f.id for f in self.formats)}")
        return found

    def declared(self):
        return [Reference("session_format", ("formats", i, "id"), f.id) for i, f in enumerate(self.formats)]

    def references(self):
        return []
