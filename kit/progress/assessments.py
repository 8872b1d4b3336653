"""Which diagnostic a page, a document or a report shows: the one home of "first", "latest" and "current".

A participant takes the diagnostic at the start (T0) and again at the end (T1), and may
start a new one that is still empty. Every view, document and report asks here:

- :func:`current` — the assessment being answered (the newest, possibly still empty);
- :func:`first_complete` — T0: the first assessment answered in full;
- :func:`latest_complete` — the newest assessment answered in full;
- :func:`shown` — what a result shows: the current one if it has answers, else the latest with answers
  (starting a new assessment never hides the previous result);
- :func:`before_and_after` — T0 and the latest complete one when they differ (a re-take), else None.

>>> from datetime import datetime, timezone
>>> from kit.progress.model import Assessment
>>> day = datetime(2026, 12, 1, tzinfo=timezone.utc)
>>> t0 = Assessment(started=day, completed=day, answers={"a": 2})
>>> t1 = Assessment(started=day, completed=day, answers={"a": 4})
>>> empty = Assessment(started=day)
>>> shown([t0, t1, empty]) is t1, before_and_after([t0, t1, empty]) == (t0, t1), current([t0, t1, empty]) is empty
(True, True, True)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kit.progress.model import Assessment


def _of(progress_or_list) -> list[Assessment]:
    if isinstance(progress_or_list, list):
        return progress_or_list
    return progress_or_list.diagnostic.assessments


def current(progress) -> Assessment | None:
    """The assessment being answered: the newest one (it may have no answer yet)."""
    assessments = _of(progress)
    return assessments[-1] if assessments else None


def complete(progress) -> list[Assessment]:
    """Every assessment answered in full, oldest first."""
    return [a for a in _of(progress) if a.completed is not None]


def first_complete(progress) -> Assessment | None:
    """T0: the first assessment answered in full."""
    done = complete(progress)
    return done[0] if done else None


def latest_complete(progress) -> Assessment | None:
    """The newest assessment answered in full."""
    done = complete(progress)
    return done[-1] if done else None


def shown(progress) -> Assessment | None:
    """What a result shows: the current assessment if it has answers, else the latest one with answers."""
    answered = [a for a in _of(progress) if a.answers or a.scores]
    return answered[-1] if answered else None


def before_and_after(progress) -> tuple[Assessment, Assessment] | None:
    """(T0, latest complete) when the participant re-took the diagnostic in full; None otherwise."""
    done = complete(progress)
    return (done[0], done[-1]) if len(done) > 1 else None


def earlier_than(progress, assessment: Assessment | None) -> Assessment | None:
    """T0 when ``assessment`` is a later one (the radar's dashed "before" line), else None."""
    first = first_complete(progress)
    return first if first is not None and assessment is not None and first is not assessment else None
