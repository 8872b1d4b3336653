"""Read a workshop's progress files: keep the newest per participant, set aside the unusable ones.

Each file is reduced at once to a small :class:`Summary`, so ten thousand
files fit in little memory.

>>> from kit.trainer.demo import demo_progress
>>> summarise(demo_progress(1), "p.json").code.startswith("P-")
True
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path

from kit.core.languages import os_error_text
from kit.core.pseudonyms import pseudonym
from kit.progress import assessments
from kit.progress.errors import ProgressError
from kit.progress.store import parse_progress

PARALLEL_FROM = 200  # files; below this, starting worker processes costs more than it saves


@dataclass
class Summary:
    """What the cohort report needs from one participant's file."""

    path: str
    profile_id: str
    code: str
    name: str | None
    email: str | None
    sector: str | None
    saved_at: datetime
    modules: set[str]
    t0: dict[str, float] | None
    latest: dict[str, float] | None
    opinions: dict[tuple[str, str], list[str]]
    pillars: list[str]
    platforms: list[str]
    ideas: int
    drafts: int


@dataclass
class CohortFiles:
    kept: list[Summary] = field(default_factory=list)
    superseded: list[tuple[str, str]] = field(default_factory=list)  # (older file, newer file)
    set_aside: list[tuple[str, str]] = field(default_factory=list)  # (file, reason in plain words)


def _complete_scores(assessment, barrier_count: int) -> dict[str, float] | None:
    return dict(assessment.scores) if assessment.completed and len(assessment.scores) == barrier_count else None


def summarise(progress, path: str, opinion_questions: set[tuple[str, str]] | None = None, barrier_count: int = 5) -> Summary:
    """The figures of one participant (diagnostic T0 and latest: completed assessments only)."""
    pair = assessments.before_and_after(progress)
    t0 = assessments.first_complete(progress)
    first = _complete_scores(t0, barrier_count) if t0 else None
    latest = _complete_scores(pair[1], barrier_count) if pair else None
    opinions = {
        (quiz_id, question_id): list(answer.choices)
        for quiz_id, answers in progress.quizzes.items()
        for question_id, answer in answers.items()
        if opinion_questions is None or (quiz_id, question_id) in opinion_questions
    }
    return Summary(
        path=path,
        profile_id=progress.profile.id,
        code=pseudonym(progress.profile.id),
        name=progress.profile.display_name,
        email=progress.profile.email,
        sector=progress.profile.sector,
        saved_at=progress.saved_at,
        modules=set(progress.visits),
        t0=first,
        latest=latest,
        opinions=opinions,
        pillars=list(progress.plan.pillars),
        platforms=list(progress.plan.platforms),
        ideas=len(progress.ideas),
        drafts=len(progress.drafts),
    )


def progress_paths(inputs: Iterable[Path]) -> list[Path]:
    """Files as given, and every ``*.json`` inside given folders (sorted)."""
    found = []
    for item in inputs:
        item = Path(item)
        found += sorted(item.rglob("*.json")) if item.is_dir() else [item]
    return found


def _read_one(path: Path, lang: str, opinion_questions: set[tuple[str, str]], barrier_count: int) -> Summary | tuple[str, str]:
    """One file as a :class:`Summary`, or ``(path, reason)`` when it cannot be used."""
    try:
        progress = parse_progress(path.read_bytes())
    except ProgressError as err:
        return str(path), err.message(lang)
    except OSError as err:
        return str(path), os_error_text(err, lang)
    return summarise(progress, str(path), opinion_questions, barrier_count)


def reading_processes(file_count: int) -> int:
    """How many processes should read ``file_count`` files: one per core for large cohorts, else one.

    >>> reading_processes(10)
    1
    """
    if file_count < PARALLEL_FROM:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, 8))


def collect(
    paths: list[Path],
    lang: str = "fr",
    on_file: Callable[[int, int], None] | None = None,
    processes: int = 1,
    meanwhile: Callable[[], object] | None = None,
) -> CohortFiles:
    """Read every file; the newest file of a participant wins (by its save time).

    With ``processes`` > 1 the files are read by that many worker processes
    and ``meanwhile`` (if given) runs here in the meantime — the command line
    loads the chart library while the files are being read. The result is the
    same as reading them one by one, in the same order.
    """
    from kit.content.library import load, load_all

    opinion_questions = {(q.id, question.id) for q in load_all("quiz") for question in q.questions if question.type == "opinion"}
    read = partial(_read_one, lang=lang, opinion_questions=opinion_questions, barrier_count=len(load("diagnostic").barriers))
    if processes > 1:
        try:
            with ProcessPoolExecutor(processes) as pool:
                results = pool.map(read, paths, chunksize=max(1, len(paths) // (processes * 8)))
                if meanwhile:
                    meanwhile()
                return _keep_newest(results, len(paths), on_file)
        except (OSError, BrokenProcessPool):
            pass  # no worker processes on this machine (locked down, or one was killed): read one by one
    if meanwhile:
        meanwhile()
    return _keep_newest(map(read, paths), len(paths), on_file)


def _keep_newest(results: Iterable[Summary | tuple[str, str]], total: int, on_file: Callable[[int, int], None] | None) -> CohortFiles:
    cohort = CohortFiles()
    newest: dict[str, Summary] = {}
    for index, summary in enumerate(results, start=1):
        if on_file:
            on_file(index, total)
        if not isinstance(summary, Summary):
            cohort.set_aside.append(summary)
            continue
        other = newest.get(summary.profile_id)
        if other is None:
            newest[summary.profile_id] = summary
        elif summary.saved_at > other.saved_at:
            cohort.superseded.append((other.path, summary.path))
            newest[summary.profile_id] = summary
        else:
            cohort.superseded.append((summary.path, other.path))
    cohort.kept = sorted(newest.values(), key=lambda s: s.code)
    return cohort
