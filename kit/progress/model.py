"""The current schema of the progress file (version :data:`SCHEMA_VERSION`).

Each module issue adds its section and bumps the version, with a migration
in :mod:`kit.progress.migrations` and a fixture in ``tests/fixtures/progress/``.

>>> p = new_progress(lang="en")
>>> p.schema_version == SCHEMA_VERSION, p.profile.language
(True, 'en')
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from kit.core.clock import now
from kit.core.formatting import WEEKDAYS

FILE_KIND = "kit-coaching-progress"
SCHEMA_VERSION = 9

# Ids come from the content (exercises/): their shape here, whether they are declared there when the
# file is saved (kit.progress.declared). Module ids ("01") are ids like any other.
Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_]*$", max_length=60)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=60)]
SectorId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=60)]


class Section(BaseModel):
    """Base of every block of the file: strict, checked again on every change."""

    # defer_build: the validators are built when a file is first read or written, not when a page
    # imports the kit (benchmarks/import_time.py).
    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)


class Profile(Section):
    id: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")] = Field(
        description="Random stable id; cohort pseudonyms are derived from it."
    )
    display_name: Annotated[str, StringConstraints(max_length=80)] | None = None
    email: Annotated[str, StringConstraints(max_length=120)] | None = None
    sector: SectorId | None = None
    situation: dict[Slug, Slug] = Field(default_factory=dict, description="Welcome page: situation question id -> option id (exercises/situation.yaml).")
    language: Literal["fr", "en"] = "fr"
    created: datetime


class Visit(Section):
    first_seen: datetime
    last_seen: datetime


class Assessment(Section):
    """One pass through the diagnostic (T0, then T1 when re-taken)."""

    started: datetime
    completed: datetime | None = None
    answers: dict[Slug, Annotated[int, Field(ge=1, le=9)]] = Field(default_factory=dict, description="Statement id -> point of the agreement scale.")
    scores: dict[Slug, Annotated[float, Field(ge=0, le=100)]] = Field(default_factory=dict, description="Barrier id -> score 0 (none) to 100 (strong), as computed when answered.")


class DiagnosticSection(Section):
    """Module 01: every assessment, oldest first."""

    assessments: list[Assessment] = Field(default_factory=list)


class QuizAnswer(Section):
    """The options a participant chose for one question (one for single choice, several for multiple)."""

    choices: list[Slug] = Field(min_length=1)
    answered: datetime


Rating = Annotated[int, Field(ge=1, le=9)]


class ChooserAnswers(Section):
    """Answers to a chooser (e.g. the pro/perso stance) and the participant's final pick."""

    answers: dict[Slug, Slug] = Field(default_factory=dict, description="Question id -> option id.")
    chosen: Slug | None = Field(default=None, description="The option the participant keeps (may differ from the recommendation).")


Weekday = Literal[WEEKDAYS]
ClockTime = Annotated[str, StringConstraints(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")]


class Routine(Section):
    """Module 04: today's habits, the time really available, and the weekly routine chosen."""

    current_hours: dict[Slug, Annotated[float, Field(ge=0, le=80)]] = Field(default_factory=dict, description="Current habit id -> hours a week.")
    budget_minutes: Annotated[int, Field(ge=0, le=3000)] | None = Field(default=None, description="Minutes a week the participant can really give.")
    activities: dict[Slug, Annotated[int, Field(ge=0, le=21)]] = Field(default_factory=dict, description="Activity id -> times a week.")
    days: list[Weekday] = Field(default_factory=list, description="Days of the week available for social networks.")
    switches: list[Slug] = Field(default_factory=list, description="Habit switches the participant adopts.")


class Idea(Section):
    """Module 06: one idea of the idea bank."""

    id: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{12}$")]
    text: Annotated[str, StringConstraints(min_length=1, max_length=600)]
    pillar: Slug
    level: Slug = Field(description="One of the idea bank's letting-go levels (exercises/idees.yaml).")
    prompt: Slug | None = None
    created: datetime


class Slot(Section):
    """Module 08: one planned post of the calendar (local time, Europe/Paris)."""

    day: date
    time: ClockTime
    platform: Slug
    idea: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{12}$")] | None = None


class Plan(Section):
    """Module 08: strategy and the dated calendar."""

    objectives: list[Slug] = Field(default_factory=list, description="Chosen objectives, most important first.")
    audiences: list[Slug] = Field(default_factory=list)
    platforms: dict[Slug, Annotated[str, StringConstraints(max_length=300)]] = Field(default_factory=dict, description="Platform id -> the participant's reason.")
    pillars: list[Slug] = Field(default_factory=list)
    start: date | None = None
    time: ClockTime = "12:30"
    calendar: list[Slot] = Field(default_factory=list)
    check_ins: list[date] = Field(default_factory=list)


ShortId = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{12}$")]


class Review(Section):
    """Module 07: a neighbour's reading of a draft with the rubric."""

    reviewer: Annotated[str, StringConstraints(max_length=60)] | None = None
    rubric: Slug | None = Field(default=None, description="Id of the rubric file used (None: read before version 7 recorded it).")
    scores: dict[Slug, Annotated[int, Field(ge=1, le=5)]] = Field(default_factory=dict, description="Rubric criterion id -> point.")
    comment: Annotated[str, StringConstraints(max_length=1000)] | None = None
    reviewed: datetime


class Draft(Section):
    """Module 07: one post being written."""

    id: ShortId
    title: Annotated[str, StringConstraints(max_length=120)] = ""
    text: Annotated[str, StringConstraints(max_length=70000)] = ""
    platforms: list[Slug] = Field(default_factory=list)
    status: Literal["draft", "ready"] = "draft"
    planned: datetime | None = Field(default=None, description="When to post it (from the plan's calendar when there is one).")
    link: Annotated[str, StringConstraints(max_length=500)] | None = None
    idea: ShortId | None = None
    created: datetime
    updated: datetime
    reviews: list[Review] = Field(default_factory=list)


class SurveyAnswers(Section):
    """An appreciation survey (« à chaud » at the end, « à froid » weeks later): the participant's answers."""

    ratings: dict[Slug, Annotated[int, Field(ge=1, le=9)]] = Field(default_factory=dict, description="Scale question id -> point of its scale.")
    ticked: dict[Slug, list[Slug]] = Field(default_factory=dict, description="Choices question id -> option ids ticked.")
    comments: dict[Slug, Annotated[str, StringConstraints(max_length=2000)]] = Field(default_factory=dict, description="Text question id -> the comment.")
    updated: datetime
    completed: datetime | None = Field(default=None, description="When the participant said they had finished.")


class Progress(Section):
    """One participant's whole progress file."""

    kind: Literal[FILE_KIND] = FILE_KIND
    schema_version: Literal[SCHEMA_VERSION] = SCHEMA_VERSION
    saved_at: datetime
    profile: Profile
    visits: dict[Id, Visit] = Field(default_factory=dict, description="Pages opened, by module id.")
    diagnostic: DiagnosticSection = Field(default_factory=DiagnosticSection)
    quizzes: dict[Slug, dict[Slug, QuizAnswer]] = Field(default_factory=dict, description="Quiz id -> question id -> answer (modules 02…).")
    checklists: dict[Slug, dict[Slug, datetime]] = Field(default_factory=dict, description="Checklist id -> ticked item id -> when.")
    choosers: dict[Slug, ChooserAnswers] = Field(default_factory=dict, description="Chooser id -> answers (module 03 stance).")
    sortings: dict[Slug, dict[Slug, Slug]] = Field(default_factory=dict, description="Sorting exercise id -> card id -> one of that sorting's piles.")
    self_checks: dict[Slug, dict[Slug, Rating]] = Field(default_factory=dict, description="Self-check id -> item id -> agreement (module 05).")
    routine: Routine = Field(default_factory=Routine)
    ideas: list[Idea] = Field(default_factory=list)
    plan: Plan = Field(default_factory=Plan)
    drafts: list[Draft] = Field(default_factory=list)
    pretest: dict[Slug, QuizAnswer] = Field(default_factory=dict, description="Positioning pre-test at entry: question id -> answer (no feedback given).")
    surveys: dict[Slug, SurveyAnswers] = Field(default_factory=dict, description="Survey id -> answers (appreciations à chaud / à froid).")


def new_progress(lang: str = "fr") -> Progress:
    """An empty progress file with a fresh random profile id."""
    stamp = now()
    return Progress(saved_at=stamp, profile=Profile(id=uuid.uuid4().hex, language=lang, created=stamp))


def json_schema() -> dict:
    """The JSON Schema of the current version (what ``kit/schemas/progress.schema.json`` holds)."""
    schema = Progress.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Kit coaching — fichier de progression"
    return schema
