"""Synthetic participants: realistic, varied, schema-valid progress files.

Used by cohort tests, benchmarks and trainers who want to try the reports.
The same seed always gives the same file.

>>> a, b = demo_progress(1), demo_progress(1)
>>> a == b, a.profile.id == demo_progress(2).profile.id
(True, False)
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path

from kit.content.library import load, load_all
from kit.core.files import atomic_write
from kit.diagnostic.scoring import scores
from kit.progress.model import Assessment, DiagnosticSection, Profile, Progress, Visit
from kit.progress.store import progress_bytes
from kit.trainer.demo_sections import (
    FIRST_NAMES,
    draft_section,
    evidence_sections,
    exercise_answers,
    idea_section,
    plan_section,
    routine_section,
)

# Every synthetic file is dated around this day, so that a seed gives the same file forever. Everything a
# file records (the workshop, the 30-day plan, the re-take, the survey at day 30) happened within
# LATEST_EVENT_DAYS after it: early enough that no file is ever dated in the future.
BASE_DAY = datetime(2026, 9, 21, 9, 0, tzinfo=timezone(timedelta(hours=2)))
LATEST_EVENT_DAYS = 60

_LAST_INITIALS = "ABCDEFGHJLMNPRST"


@lru_cache(maxsize=1)
def _sector_ids() -> tuple[str, ...]:

    return tuple(s.id for s in load("sectors").sectors)


def _profile(rng: random.Random, created: datetime, sector: str | None) -> Profile:
    first = rng.choice(FIRST_NAMES)
    initial = rng.choice(_LAST_INITIALS)
    named = rng.random() < 0.8
    profile_id = uuid.UUID(int=rng.getrandbits(128)).hex
    return Profile(
        id=profile_id,
        situation=_situation(random.Random(profile_id)),  # its own draws: the other fields stay as they were
        display_name=f"{first} {initial}." if named else None,
        email=f"{first.lower().replace('é', 'e').replace('è', 'e').replace('ë', 'e')}.{initial.lower()}@exemple.fr" if named and rng.random() < 0.6 else None,
        sector=_chosen_sector(rng.choice(_sector_ids()), sector),
        language="en" if rng.random() < 0.1 else "fr",
        created=created,
    )


def _situation(rng: random.Random) -> dict[str, str]:
    """Answers to the welcome page's situation questions (most participants answer them)."""
    files = load_all("situation")
    questions = files[0].questions if files else []
    return {q.id: rng.choice(q.options).id for q in questions if rng.random() < 0.85}


def _chosen_sector(drawn: str, asked: str | None) -> str:
    """The sector asked for (``--sector``), else the one drawn; an unknown one is refused with the choices."""
    if asked is None:
        return drawn
    if asked not in _sector_ids():
        raise ValueError(f"unknown sector {asked!r}; sectors: {', '.join(_sector_ids())}")
    return asked


def _visits(rng: random.Random, created: datetime) -> dict[str, Visit]:
    # Most participants of a workshop go through every module; some stop early.
    reached = 8 if rng.random() < 0.6 else rng.randint(0, 7)
    visits = {}
    for number in range(reached + 1):
        first = created + timedelta(minutes=25 * number + rng.randint(0, 10))
        visits[f"{number:02d}"] = Visit(first_seen=first, last_seen=first + timedelta(minutes=rng.randint(5, 40)))
    return visits


def _answers(rng: random.Random, content, strengths: dict[str, float], complete: bool) -> dict[str, int]:
    """Answers consistent with hidden barrier strengths (0 none .. 1 strong), with some noise."""
    size = len(content.scale)
    answers = {}
    for barrier in content.barriers:
        for statement in barrier.statements:
            if not complete and rng.random() < 0.4:
                continue
            level = strengths[barrier.barrier]
            level = 1 - level if statement.reverse else level
            answers[statement.id] = min(size, max(1, round(1 + (size - 1) * level + rng.gauss(0, 0.7))))
    return answers


def _assessment(rng, content, strengths, started: datetime, complete: bool) -> Assessment:

    answers = _answers(rng, content, strengths, complete)
    return Assessment(
        started=started,
        completed=started + timedelta(minutes=rng.randint(6, 20)) if complete else None,
        answers=answers,
        scores=scores(content, answers),
    )


def _diagnostic(rng: random.Random, visits: dict[str, Visit]) -> DiagnosticSection:
    """T0 for most participants who opened module 01, T1 for some of them weeks later."""

    if "01" not in visits:
        return DiagnosticSection()
    content = load("diagnostic")
    strengths = {b.barrier: rng.betavariate(2, 2) for b in content.barriers}
    started = visits["01"].first_seen
    first = _assessment(rng, content, strengths, started, complete=rng.random() < 0.9)
    assessments = [first]
    if first.completed and rng.random() < 0.4:
        progressed = {k: max(0.0, v - rng.uniform(-0.05, 0.35)) for k, v in strengths.items()}
        assessments.append(_assessment(rng, content, progressed, started + timedelta(days=rng.randint(21, 45)), complete=True))
    return DiagnosticSection(assessments=assessments)


def demo_progress(seed: int, sector: str | None = None) -> Progress:
    """One synthetic participant, the same for the same ``seed`` (and ``sector``, when one is asked for).

    Raises:
        ValueError: ``sector`` is not an id of ``exercises/sectors.yaml``.
    """
    rng = random.Random(seed)
    created = BASE_DAY - timedelta(days=rng.randint(0, 60)) + timedelta(minutes=rng.randint(0, 480))
    profile = _profile(rng, created, sector)
    visits = _visits(rng, created)
    diagnostic = _diagnostic(rng, visits)
    stamps = [v.last_seen for v in visits.values()] + [a.completed or a.started for a in diagnostic.assessments]
    routine = routine_section(rng, visits)
    ideas = idea_section(rng, visits, profile.sector, profile.language)
    plan = plan_section(rng, visits, routine, ideas, profile.language)
    evidence = evidence_sections(seed, visits, plan, BASE_DAY.timetz())
    stamps += [a.updated for a in evidence["surveys"].values()]
    return Progress(
        saved_at=max(stamps, default=created), profile=profile, visits=visits, diagnostic=diagnostic,
        **exercise_answers(rng, visits, profile.sector), routine=routine, ideas=ideas, plan=plan, drafts=draft_section(rng, visits, ideas, plan),
        **evidence,
    )


def write_demo_files(out_dir: Path, count: int, first_seed: int = 1, sector: str | None = None) -> list[Path]:
    """Write ``count`` files ``demo-0001.json``… into ``out_dir`` (created if needed), all of ``sector`` if given."""

    out_dir.mkdir(parents=True, exist_ok=True)
    width = max(4, len(str(count)))
    paths = []
    for index in range(count):
        path = out_dir / f"demo-{index + 1:0{width}d}.json"
        atomic_write(path, [progress_bytes(demo_progress(first_seed + index, sector))])
        paths.append(path)
    return paths
