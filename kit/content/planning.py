"""Schemas of the planning modules: time budget (04), idea prompts (06), strategy (08)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from kit.content.common import Model, Reference, Slug, Text
from kit.content.exercises import _Exercise


# --- module 04: time budget -------------------------------------------------------------
class SectorHint(Model):
    sector: Slug
    hint: Text


class CurrentHabit(Model):
    id: Slug
    name: Text
    hint: Text = Field(description="What counts in this habit, in everyday words (for every sector).")
    sector_hints: list[SectorHint] = Field(default_factory=list, description="The same, in the words of one trade; replaces `hint` for it.")

    def hint_for(self, sector: str | None) -> Text:
        """The hint in the participant's trade's words when the file has them."""
        return next((h.hint for h in self.sector_hints if h.sector == sector), self.hint)


class Activity(Model):
    id: Slug
    name: Text
    minutes: int = Field(ge=1, le=240, description="Honest estimate of one occurrence, in minutes.")
    publishes: bool = Field(description="Whether it puts a post on the calendar (counts in the rhythm).")
    default_per_week: int = Field(ge=0, le=14)
    calendar_time: str | None = Field(default=None, pattern=r"^([01]\d|2[0-3]):[0-5]\d$",
                                      description="Local time of its sessions in the participant's calendar (.ics); none: not in the calendar.")
    why: Text = Field(description="Where the estimate comes from, in plain words.")


class HabitSwitch(Model):
    id: Slug
    today: Text
    social: Text
    activity: Slug


class TimeBudgetFile(_Exercise):
    kind: Literal["time_budget"]
    current_habits: list[CurrentHabit] = Field(min_length=1)
    activities: list[Activity] = Field(min_length=2)
    habit_switches: list[HabitSwitch] = Field(min_length=2)
    switch_weeks: list[int] = Field(min_length=4, max_length=4, description="Share (%) of the target routine in weeks 1 to 4.")
    max_minutes_per_week: int = Field(ge=30, le=3000, description="Above this, a weekly budget is treated as a typing mistake.")

    @model_validator(mode="after")
    def _switch_rises_to_100(self):
        if self.switch_weeks != sorted(self.switch_weeks) or self.switch_weeks[-1] != 100 or self.switch_weeks[0] <= 0:
            raise PydanticCustomError("kit.content.switch_weeks", "switch_weeks")
        return self

    def declared(self):
        return super().declared() + [Reference(f"activity:{self.id}", ("activities", i, "id"), a.id) for i, a in enumerate(self.activities)]

    def references(self):
        return self._module_reference() + [
            Reference(f"activity:{self.id}", ("habit_switches", i, "activity"), h.activity) for i, h in enumerate(self.habit_switches)
        ] + [
            Reference("sector", ("current_habits", i, "sector_hints", j, "sector"), s.sector)
            for i, h in enumerate(self.current_habits) for j, s in enumerate(h.sector_hints)
        ]

    def suggested_routine(self) -> dict[str, int]:
        """The beginner's routine the file suggests (each activity's ``default_per_week``)."""
        return {a.id: a.default_per_week for a in self.activities if a.default_per_week}


# --- module 06: idea prompts ------------------------------------------------------------------
class SectorExample(Model):
    sector: Slug
    example: Text


class Prompt(Model):
    id: Slug
    question: Text
    examples: list[SectorExample] = Field(min_length=1)


class Pillar(Model):
    id: Slug
    name: Text
    description: Text
    level: Slug = Field(description="Suggested letting-go level of ideas of this pillar: the id of one of the file's levels.")
    prompts: list[Prompt] = Field(min_length=1)


class IdeaLevel(Model):
    """How freely ideas of a pillar can be shared (the letting-go levels of module 05)."""

    id: Slug
    name: Text


class IdeaPromptsFile(_Exercise):
    kind: Literal["idea_prompts"]
    levels: list[IdeaLevel] = Field(min_length=1)
    pillars: list[Pillar] = Field(min_length=3)

    def declared(self):
        return super().declared() + [Reference("pillar", ("pillars", i, "id"), p.id) for i, p in enumerate(self.pillars)] + [
            Reference(f"level:{self.id}", ("levels", i, "id"), level.id) for i, level in enumerate(self.levels)
        ]

    def references(self):
        return self._module_reference() + [Reference(f"level:{self.id}", ("pillars", i, "level"), p.level) for i, p in enumerate(self.pillars)] + [
            Reference("sector", ("pillars", i, "prompts", j, "examples", k, "sector"), e.sector)
            for i, p in enumerate(self.pillars)
            for j, prompt in enumerate(p.prompts)
            for k, e in enumerate(prompt.examples)
        ]


# --- module 08: strategy ---------------------------------------------------------------------
class Objective(Model):
    id: Slug
    name: Text
    measure: Text = Field(description="How to see, at the day-30 check-in, whether it moves.")


class Audience(Model):
    id: Slug
    name: Text


class PlatformAdvice(Model):
    platform: Slug
    good_for: Text


class CheckIn(Model):
    day: int = Field(ge=1, le=90, description="J+n: the check-in falls n days after the plan's start date.")
    name: Text
    questions: list[Text] = Field(min_length=1)


class StrategyFile(_Exercise):
    kind: Literal["strategy"]
    objectives: list[Objective] = Field(min_length=3)
    audiences: list[Audience] = Field(min_length=2)
    platforms: list[PlatformAdvice] = Field(min_length=2)
    check_ins: list[CheckIn] = Field(min_length=1)
    plan_days: int = Field(ge=7, le=90)
    default_time: str = Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$", description="Local time (Europe/Paris) of a planned post.")

    @model_validator(mode="after")
    def _check_ins_within_the_plan(self):
        late = [c.day for c in self.check_ins if c.day > self.plan_days]
        if late:
            raise PydanticCustomError("kit.content.check_in_late", "check_ins", {"day": late[0], "days": self.plan_days})
        return self

    def declared(self):
        return super().declared() + [Reference("objective", ("objectives", i, "id"), o.id) for i, o in enumerate(self.objectives)]
