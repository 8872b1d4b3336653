"""Group figures for the cohort report, from participant summaries (pure, hand-checkable).

>>> stats = cohort_stats([])
>>> stats.participants
0
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field


@dataclass
class BarrierFigures:
    barrier: str
    count: int = 0
    mean: float | None = None
    median: float | None = None
    bands: dict[str, int] = field(default_factory=dict)  # band level -> participants at T0
    progressed: int = 0  # participants with T0 and a later assessment
    mean_change: float | None = None  # latest - T0 (negative: the barrier eases)
    eased: int = 0
    grew: int = 0
    same: int = 0
    mean_t0_of_progressed: float | None = None
    mean_latest: float | None = None


@dataclass
class CohortStats:
    participants: int
    barriers: list[BarrierFigures]
    reached: dict[str, int]  # module id -> participants who opened it
    furthest: dict[str, str | None]  # pseudonym -> furthest module opened
    opinions: dict[tuple[str, str], Counter]
    pillars: Counter
    platforms: Counter
    ideas: int
    drafts: int
    with_drafts: int


def _mean(values):
    return round(statistics.fmean(values), 1) if values else None


def barrier_figures(barrier, summaries) -> BarrierFigures:
    """T0 distribution by band, and T0 -> latest change, for one barrier of the diagnostic."""
    from kit.diagnostic.scoring import band_for

    figures = BarrierFigures(barrier.barrier, bands={band.level: 0 for band in barrier.bands})
    t0 = [s.t0[barrier.barrier] for s in summaries if s.t0 and barrier.barrier in s.t0]
    figures.count = len(t0)
    figures.mean = _mean(t0)
    figures.median = round(statistics.median(t0), 1) if t0 else None
    for score in t0:
        figures.bands[band_for(barrier, score).level] += 1
    pairs = [(s.t0[barrier.barrier], s.latest[barrier.barrier]) for s in summaries if s.t0 and s.latest and barrier.barrier in s.t0 and barrier.barrier in s.latest]
    figures.progressed = len(pairs)
    if pairs:
        changes = [after - before for before, after in pairs]
        figures.mean_change = _mean(changes)
        figures.eased = sum(1 for c in changes if c < 0)
        figures.grew = sum(1 for c in changes if c > 0)
        figures.same = sum(1 for c in changes if c == 0)
        figures.mean_t0_of_progressed = _mean([b for b, _ in pairs])
        figures.mean_latest = _mean([a for _, a in pairs])
    return figures


def cohort_stats(summaries, diagnostic=None) -> CohortStats:
    """Every figure of the report for the kept participants."""
    if diagnostic is None:
        from kit.content.library import load

        diagnostic = load("diagnostic")
    reached: Counter = Counter()
    opinions: dict[tuple[str, str], Counter] = {}
    for summary in summaries:
        reached.update(summary.modules)
        for key, choices in summary.opinions.items():
            opinions.setdefault(key, Counter()).update(choices)
    return CohortStats(
        participants=len(summaries),
        barriers=[barrier_figures(b, summaries) for b in diagnostic.barriers],
        reached=dict(sorted(reached.items())),
        furthest={s.code: max(s.modules) if s.modules else None for s in summaries},
        opinions=opinions,
        pillars=Counter(p for s in summaries for p in s.pillars),
        platforms=Counter(p for s in summaries for p in s.platforms),
        ideas=sum(s.ideas for s in summaries),
        drafts=sum(s.drafts for s in summaries),
        with_drafts=sum(1 for s in summaries if s.drafts),
    )
