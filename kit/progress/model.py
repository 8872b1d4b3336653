"""The current schema of the progress file (version :data:`SCHEMA_VERSION`).

Each module issue adds its section and bumps the version, with a migration
in :mod:`kit.progress.migrations` and a fixture in ``tests/fixtures/progress/``.

>>> p = new_progress(lang="en")
>>> p.schema_version == SCHEMA_VERSION, p.profile.language
(True, 'en')
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

FILE_KIND = "kit-coaching-progress"
SCHEMA_VERSION = 2

ModuleKey = Annotated[str, StringConstraints(pattern=r"^0[0-8]$")]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=60)]
SectorId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=60)]


class Section(BaseModel):
    """Base of every block of the file: strict, checked again on every change."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Profile(Section):
    id: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")] = Field(
        description="Random stable id; cohort pseudonyms are derived from it."
    )
    display_name: Annotated[str, StringConstraints(max_length=80)] | None = None
    email: Annotated[str, StringConstraints(max_length=120)] | None = None
    sector: SectorId | None = None
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


class Progress(Section):
    """One participant's whole progress file."""

    kind: Literal["kit-coaching-progress"] = FILE_KIND
    schema_version: Literal[2] = SCHEMA_VERSION
    saved_at: datetime
    profile: Profile
    visits: dict[ModuleKey, Visit] = Field(default_factory=dict, description="Pages opened, by module id.")
    diagnostic: DiagnosticSection = Field(default_factory=DiagnosticSection)


def now() -> datetime:
    """The current local time, with its UTC offset."""
    return datetime.now(timezone.utc).astimezone()


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
