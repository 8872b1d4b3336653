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

from kit.progress.model import Assessment, DiagnosticSection, Profile, Progress, Visit

# Every synthetic file is dated around this day, so that a seed gives the same file forever.
BASE_DAY = datetime(2026, 11, 2, 9, 0, tzinfo=timezone(timedelta(hours=1)))

_FIRST_NAMES = [
    "Camille", "Nadia", "Julien", "Sophie", "Karim", "Élodie", "Thierry", "Mélanie", "Yannick", "Inès",
    "Bernard", "Chloé", "Mathieu", "Aurélie", "Hervé", "Léa", "Franck", "Sandrine", "Noël", "Zoé",
]
_LAST_INITIALS = "ABCDEFGHJLMNPRST"


@lru_cache(maxsize=1)
def _sector_ids() -> tuple[str, ...]:
    from kit.content.library import load

    return tuple(s.id for s in load("sectors").sectors)


def _profile(rng: random.Random, created: datetime) -> Profile:
    first = rng.choice(_FIRST_NAMES)
    initial = rng.choice(_LAST_INITIALS)
    named = rng.random() < 0.8
    return Profile(
        id=uuid.UUID(int=rng.getrandbits(128)).hex,
        display_name=f"{first} {initial}." if named else None,
        email=f"{first.lower().replace('é', 'e').replace('è', 'e').replace('ë', 'e')}.{initial.lower()}@exemple.fr" if named and rng.random() < 0.6 else None,
        sector=rng.choice(_sector_ids()),
        language="en" if rng.random() < 0.1 else "fr",
        created=created,
    )


def _visits(rng: random.Random, created: datetime) -> dict[str, Visit]:
    reached = rng.randint(0, 8)
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
    from kit.scoring import scores

    answers = _answers(rng, content, strengths, complete)
    return Assessment(
        started=started,
        completed=started + timedelta(minutes=rng.randint(6, 20)) if complete else None,
        answers=answers,
        scores=scores(content, answers),
    )


def _diagnostic(rng: random.Random, visits: dict[str, Visit]) -> DiagnosticSection:
    """T0 for most participants who opened module 01, T1 for some of them weeks later."""
    from kit.content.library import load

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


def demo_progress(seed: int) -> Progress:
    """One synthetic participant, the same for the same ``seed``."""
    rng = random.Random(seed)
    created = BASE_DAY - timedelta(days=rng.randint(0, 60)) + timedelta(minutes=rng.randint(0, 480))
    profile = _profile(rng, created)
    visits = _visits(rng, created)
    diagnostic = _diagnostic(rng, visits)
    stamps = [v.last_seen for v in visits.values()] + [a.completed or a.started for a in diagnostic.assessments]
    return Progress(saved_at=max(stamps, default=created), profile=profile, visits=visits, diagnostic=diagnostic)


def write_demo_files(out_dir: Path, count: int, first_seed: int = 1) -> list[Path]:
    """Write ``count`` files ``demo-0001.json``… into ``out_dir`` (created if needed)."""
    from kit.progress.store import atomic_write, progress_bytes

    out_dir.mkdir(parents=True, exist_ok=True)
    width = max(4, len(str(count)))
    paths = []
    for index in range(count):
        path = out_dir / f"demo-{index + 1:0{width}d}.json"
        atomic_write(path, [progress_bytes(demo_progress(first_seed + index))])
        paths.append(path)
    return paths
