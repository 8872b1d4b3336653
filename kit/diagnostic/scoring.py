"""Diagnostic scoring: answers -> barrier scores (0–100), bands, and the path to follow.

Pure logic, no widgets. A score of 0 means no barrier, 100 a strong one.
Each answer on a 1..n agreement scale counts ``(v - 1) / (n - 1)``, or
``(n - v) / (n - 1)`` for a reverse statement; the barrier's score is the
mean over its answered statements, times 100.

>>> from kit.content.library import load
>>> content = load("diagnostic")
>>> first = content.barriers[0]
>>> barrier_score(first, {s.id: 5 if not s.reverse else 1 for s in first.statements}, 5)
100.0
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BarrierResult:
    """Where a participant stands on one barrier."""

    barrier: str
    score: float | None  # None until at least one statement is answered
    answered: int
    total: int
    band: object | None  # the content Band, once every statement is answered

    @property
    def complete(self) -> bool:
        return self.answered == self.total


def item_value(answer: int, scale_size: int, reverse: bool) -> float:
    """One answer as a fraction of the barrier (0 = none, 1 = full).

    >>> item_value(5, 5, False), item_value(5, 5, True), item_value(3, 5, False)
    (1.0, 0.0, 0.5)
    """
    position = (answer - 1) / (scale_size - 1)
    return 1.0 - position if reverse else position


def barrier_score(barrier, answers: dict[str, int], scale_size: int) -> float | None:
    """The 0–100 score of one barrier from the answered statements, or None if none is."""
    values = [item_value(answers[s.id], scale_size, s.reverse) for s in barrier.statements if s.id in answers]
    if not values:
        return None
    return round(100 * sum(values) / len(values), 1)


def band_for(barrier, score: float):
    """The first band whose ``up_to`` is at or above ``score``."""
    return next(band for band in barrier.bands if score <= band.up_to)


def assess(content, answers: dict[str, int]) -> list[BarrierResult]:
    """Results for every barrier of the diagnostic, in the file's order."""
    size = len(content.scale)
    results = []
    for barrier in content.barriers:
        answered = sum(1 for s in barrier.statements if s.id in answers)
        score = barrier_score(barrier, answers, size)
        complete = answered == len(barrier.statements)
        results.append(BarrierResult(barrier.barrier, score, answered, len(barrier.statements), band_for(barrier, score) if complete else None))
    return results


def scores(content, answers: dict[str, int]) -> dict[str, float]:
    """``{barrier id: score}`` for the barriers with at least one answer."""
    return {r.barrier: r.score for r in assess(content, answers) if r.score is not None}


def path(content, results: list[BarrierResult]) -> list[tuple[str, list[str]]]:
    """The modules to do first, most needed first: ``[(module id, [barrier ids it serves]), …]``.

    Only complete barriers whose band says ``route: true`` count, ordered by
    score (highest first; ties keep the file's order). Each module appears once,
    at its first place. With no routed barrier, ``default_path`` is offered.
    """
    routed = [r for r in results if r.band is not None and r.band.route]
    routed.sort(key=lambda r: -r.score)  # sort is stable: ties keep the file's order
    modules_of = {b.barrier: b.modules for b in content.barriers}
    order: dict[str, list[str]] = {}
    for result in routed:
        for module in modules_of[result.barrier]:
            order.setdefault(module, []).append(result.barrier)
    if not order and results and all(r.complete for r in results):
        return [(module, []) for module in content.default_path]
    return list(order.items())


def statement_order(content) -> list:
    """Statements interleaved across barriers (1st of each, then 2nd of each…), to avoid answering by block."""
    columns = [b.statements for b in content.barriers]
    longest = max(len(c) for c in columns)
    return [column[i] for i in range(longest) for column in columns if i < len(column)]
