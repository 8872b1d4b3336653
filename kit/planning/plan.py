"""Everything the one-page plan shows, gathered from a progress file and the content.

The exporters (HTML, Markdown, iCalendar, CSV) only format what
:func:`plan_document` gathers, so they always agree with each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from kit.content.library import load_all
from kit.content.names import platform_names
from kit.core.formatting import weekday
from kit.core.languages import pick
from kit.core.pseudonyms import pseudonym
from kit.exercises.routine import rhythm, routine_minutes
from kit.planning.calendar import (
    PARIS,
    build_calendar,
    check_in_dates,
    local_datetime,
    place_slots,
)
from kit.progress import assessments


@dataclass
class PlannedPost:
    moment: datetime  # aware, Europe/Paris
    platform_id: str
    platform: str
    idea: str | None
    pillar: str | None
    uid: str
    draft: str | None = None  # the text of a draft planned at this moment, if one is


@dataclass
class RoutineSession:
    """A session of the routine that puts nothing on the feed (replying, a story), for the calendar."""

    moment: datetime  # aware, Europe/Paris
    name: str
    minutes: int
    uid: str


@dataclass
class PlanDocument:
    who: str
    profile_id: str
    objectives: list[str] = field(default_factory=list)
    audiences: list[str] = field(default_factory=list)
    platforms: list[tuple[str, str]] = field(default_factory=list)
    pillars: list[str] = field(default_factory=list)
    minutes: int = 0
    rhythm: int = 0
    days: list[str] = field(default_factory=list)
    activities: list[tuple[str, int, int]] = field(default_factory=list)
    posts: list[PlannedPost] = field(default_factory=list)
    sessions: list[RoutineSession] = field(default_factory=list)
    check_ins: list[tuple[date, str]] = field(default_factory=list)
    scores: dict | None = None
    first_scores: dict | None = None


def _one(kind: str):
    found = load_all(kind)
    return found[0] if found else None


def missing_for_calendar(progress, start: date | None = None) -> list[str]:
    """Message keys of what a calendar needs and the file lacks (empty list: a calendar can be made)."""
    if progress.plan.calendar and start is None:
        return []
    missing = []
    budget = _one("time_budget")
    if not progress.routine.days:
        missing.append("plan.missing_days")
    if budget is None or rhythm(budget, progress.routine.activities) == 0:
        missing.append("plan.missing_rhythm")
    if not progress.plan.platforms:
        missing.append("plan.missing_platforms")
    if start is None and progress.plan.start is None:
        missing.append("plan.missing_start")
    return missing


def calendar_slots(progress, start: date | None = None) -> list:
    """The plan's calendar, rebuilt from the routine and ideas when ``start`` is given or none is stored."""
    from kit.progress.model import Slot

    if progress.plan.calendar and start is None:
        return list(progress.plan.calendar)
    strategy, budget = _one("strategy"), _one("time_budget")
    plan = progress.plan.model_copy(update={"start": start or progress.plan.start})
    slots = build_calendar(plan, progress.routine.days, rhythm(budget, progress.routine.activities), progress.ideas, strategy.plan_days if strategy else 30)
    return [Slot(**slot) for slot in slots]


def _drafts_by_moment(progress) -> dict[tuple[datetime, str], str]:
    """(moment, platform) -> the text of the draft planned then for that platform."""
    found = {}
    for draft in progress.drafts:
        if draft.planned and draft.text.strip():
            moment = draft.planned.astimezone(PARIS).replace(second=0, microsecond=0)
            for platform in draft.platforms:
                found.setdefault((moment, platform), draft.text)
    return found


def routine_sessions(progress, budget, start: date, plan_days: int, lang: str) -> list[RoutineSession]:
    """The routine's sessions that post nothing but have a calendar time (replying, stories), over the plan."""
    sessions = []
    for activity in budget.activities:
        times = progress.routine.activities.get(activity.id, 0)
        if activity.publishes or not activity.calendar_time or not times:
            continue
        for day in place_slots(start, progress.routine.days, times, plan_days):
            sessions.append(RoutineSession(
                moment=local_datetime(day, activity.calendar_time), name=pick(activity.name, lang), minutes=activity.minutes,
                uid=f"{progress.profile.id}-{day.isoformat()}-{activity.id}@kit-coaching",
            ))
    return sorted(sessions, key=lambda s: s.moment)


def plan_document(progress, lang: str, start: date | None = None) -> PlanDocument:
    """Gather the plan of ``progress`` (names in ``lang``); ``start`` moves the calendar to a new start date."""
    strategy, budget, bank = _one("strategy"), _one("time_budget"), _one("idea_prompts")
    doc = PlanDocument(who=progress.profile.display_name or pseudonym(progress.profile.id), profile_id=progress.profile.id)
    if strategy:
        objectives = {o.id: pick(o.name, lang) for o in strategy.objectives}
        audiences = {a.id: pick(a.name, lang) for a in strategy.audiences}
        doc.objectives = [objectives.get(o, o) for o in progress.plan.objectives]
        doc.audiences = [audiences.get(a, a) for a in progress.plan.audiences]
    names = platform_names(lang)
    doc.platforms = [(names.get(p, p), reason) for p, reason in progress.plan.platforms.items()]
    pillar_names = {p.id: pick(p.name, lang) for p in bank.pillars} if bank else {}
    doc.pillars = [pillar_names.get(p, p) for p in progress.plan.pillars]
    if budget:
        doc.minutes = routine_minutes(budget, progress.routine.activities)
        doc.rhythm = rhythm(budget, progress.routine.activities)
        doc.activities = [(pick(a.name, lang), progress.routine.activities[a.id], a.minutes) for a in budget.activities if progress.routine.activities.get(a.id)]
    doc.days = [weekday(d, lang) for d in progress.routine.days]
    ideas = {i.id: i for i in progress.ideas}
    drafts = _drafts_by_moment(progress)
    for slot in calendar_slots(progress, start):
        idea = ideas.get(slot.idea) if slot.idea else None
        moment = local_datetime(slot.day, slot.time)
        doc.posts.append(
            PlannedPost(
                moment=moment,
                platform_id=slot.platform,
                platform=names.get(slot.platform, slot.platform),
                idea=idea.text if idea else None,
                pillar=pillar_names.get(idea.pillar, idea.pillar) if idea else None,
                uid=f"{progress.profile.id}-{slot.day.isoformat()}-{slot.platform}@kit-coaching",
                draft=drafts.get((moment, slot.platform)),
            )
        )
    start_day = start or progress.plan.start
    if budget and start_day:
        doc.sessions = routine_sessions(progress, budget, start_day, strategy.plan_days if strategy else 30, lang)
    if strategy and start_day:
        days = check_in_dates(start_day, [c.day for c in strategy.check_ins])
        doc.check_ins = [(day, pick(c.name, lang)) for day, c in zip(days, strategy.check_ins)]
    shown = assessments.latest_complete(progress) or assessments.shown(progress)
    if shown is not None and shown.scores:
        before = assessments.earlier_than(progress, shown)
        doc.scores, doc.first_scores = shown.scores, before.scores if before else None
    return doc
