"""What a diagnostic result says, once for the participant view and the printable page.

>>> from kit.trainer.demo import demo_progress
>>> summary = diagnostic_summary(demo_progress(3), "fr")
>>> summary.assessment is not None and len(summary.results) == 5
True
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kit.content.library import load, module_entry
from kit.content.names import barrier_names, module_label
from kit.core.formatting import number
from kit.core.languages import t
from kit.diagnostic.scoring import BarrierResult, assess, path
from kit.progress.assessments import earlier_than, shown


@dataclass(frozen=True)
class PathStep:
    """One module of the path: its label, why it comes first, and where it opens (if it does)."""

    module: str
    label: str
    why: str
    href: str | None = None
    note: str | None = None


@dataclass
class DiagnosticSummary:
    """The assessment a result shows, its results per barrier, and T0 when this is a re-take."""

    assessment: object | None
    results: list[BarrierResult]
    before: object | None
    names: dict[str, str]


def diagnostic_summary(progress, lang: str, assessment=None) -> DiagnosticSummary:
    """The result of ``assessment`` (default: :func:`kit.progress.assessments.shown`)."""
    content = load("diagnostic")
    assessment = assessment if assessment is not None else shown(progress)
    results = assess(content, assessment.answers if assessment else {})
    return DiagnosticSummary(assessment, results, earlier_than(progress, assessment), barrier_names(lang))


def path_steps(results: list[BarrierResult], lang: str, link: Callable[[str], str | None] | None = None) -> tuple[list[PathStep], bool]:
    """The path as steps, and whether it is the default path (no barrier called for a module).

    ``link(module_id)`` gives the address of a module's page, or None when it has none here.
    """
    names = barrier_names(lang)
    steps = []
    for module_id, barriers in path(load("diagnostic"), results):
        why = t("diag.path_for", lang, barriers=", ".join(names[b] for b in barriers)) if barriers else ""
        href = link(module_id) if link else None
        note = t("nav.soon", lang) if link and href is None else None
        steps.append(PathStep(module_id, module_label(module_entry(module_id).id, lang), why, href, note))
    return steps, bool(steps) and not steps[0].why


def radar_description(results: list[BarrierResult], lang: str) -> str:
    """The radar in words (its ``alt`` text): every answered barrier with its score."""
    names = barrier_names(lang)
    described = ", ".join(f"{names[r.barrier]} {number(r.score, lang)}" for r in results if r.score is not None)
    return t("diag.radar_alt", lang, scores=described or t("diag.nothing_yet", lang))
