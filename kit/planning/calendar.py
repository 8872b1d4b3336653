"""Module 08: place ideas on dated slots over 30 days, never on an excluded day.

Dates are local (Europe/Paris); a slot's time is the local clock time, so a
plan crossing a change of daylight-saving time keeps "12:30" at 12:30.
The plan starts on its start date; the check-in of J+n falls n days after it, as French trainers
count (a plan starting on 2 December has J+7 on 9 December and J+30 on 1 January).

>>> from datetime import date
>>> slots = place_slots(date(2026, 11, 2), ["mon", "thu"], rhythm=2, days=14)
>>> [d.isoformat() for d in slots]
['2026-11-02', '2026-11-05', '2026-11-09', '2026-11-12']
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from kit.core.formatting import WEEKDAYS

PARIS = ZoneInfo("Europe/Paris")


def place_slots(start: date, allowed_days: list[str], rhythm: int, days: int = 30) -> list[date]:
    """Dates of the posts: ``rhythm`` a week, spread over the allowed weekdays of each week.

    The last, shorter window gets its share of the rhythm (rounded up).
    """
    allowed = {WEEKDAYS.index(d) for d in allowed_days}
    if rhythm <= 0 or not allowed:
        return []
    placed: list[date] = []
    for week_start in range(0, days, 7):
        window = [start + timedelta(days=n) for n in range(week_start, min(week_start + 7, days))]
        candidates = [d for d in window if d.weekday() in allowed]
        wanted = rhythm if len(window) == 7 else math.ceil(rhythm * len(window) / 7)
        count = min(wanted, len(candidates))
        placed += [candidates[math.floor(i * len(candidates) / count)] for i in range(count)] if count else []
    return placed


def order_ideas(ideas: list, pillars: list[str]) -> list:
    """Ideas taken in turn from each pillar (the plan's pillars first), oldest first within a pillar."""
    order = list(pillars) + sorted({i.pillar for i in ideas} - set(pillars))
    queues = {p: [i for i in sorted(ideas, key=lambda i: i.created) if i.pillar == p] for p in order}
    result = []
    while any(queues.values()):
        for pillar in order:
            if queues[pillar]:
                result.append(queues[pillar].pop(0))
    return result


def build_calendar(plan, routine_days: list[str], rhythm: int, ideas: list, plan_days: int = 30) -> list[dict]:
    """Slots as dicts (day, time, platform, idea id or None), ready for ``Plan.calendar``.

    Platforms are used in turn; each idea is used once, in pillar order; slots
    beyond the bank's ideas have no idea yet (the plan says "idea to find").
    """
    if plan.start is None or not plan.platforms:
        return []
    platforms = list(plan.platforms)
    queue = order_ideas(ideas, plan.pillars)
    slots = []
    for index, day in enumerate(place_slots(plan.start, routine_days, rhythm, plan_days)):
        idea = queue[index].id if index < len(queue) else None
        slots.append({"day": day, "time": plan.time, "platform": platforms[index % len(platforms)], "idea": idea})
    return slots


def check_in_dates(start: date, check_in_days: list[int]) -> list[date]:
    """The dates of the J+n check-ins: n days after the start.

    >>> [d.isoformat() for d in check_in_dates(date(2026, 12, 2), [7, 14, 30])]
    ['2026-12-09', '2026-12-16', '2027-01-01']
    """
    return [start + timedelta(days=n) for n in check_in_days]


def local_datetime(day: date, clock: str) -> datetime:
    """A slot's moment in Europe/Paris (aware), e.g. for the .ics file."""
    hour, minute = (int(part) for part in clock.split(":"))
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=PARIS)


def plan_status(plan, today: date) -> dict:
    """Where the participant is in their plan: today's posts, the next one, the next check-in."""
    todays = [s for s in plan.calendar if s.day == today]
    upcoming = [s for s in plan.calendar if s.day > today]
    next_check = next((d for d in sorted(plan.check_ins) if d >= today), None)
    return {"today": todays, "next": upcoming[0] if upcoming else None, "check_in": next_check, "started": bool(plan.calendar)}
