"""Module 04 arithmetic: the cost of a weekly routine and a gradual 4-week switch.

Pure functions; the figures (minutes per activity, weekly percentages) come
from ``exercises/budget_temps.yaml``.

>>> switch_plan(current_minutes=300, routine_minutes=120, percents=[25, 50, 75, 100])[0]
SwitchWeek(week=1, old_minutes=270, social_minutes=30, added_minutes=0)
"""

from __future__ import annotations

from dataclasses import dataclass

BUDGET_TOO_HIGH, OVER_BUDGET, NO_BUDGET, NO_ROUTINE, HOURS_TOO_HIGH = "too_high", "over_budget", "no_budget", "no_routine", "hours_too_high"
MAX_HOURS_PER_HABIT = 80


@dataclass(frozen=True)
class SwitchWeek:
    """One week of the switch: minutes left to old habits, minutes on social networks, minutes added on top."""

    week: int
    old_minutes: int
    social_minutes: int
    added_minutes: int


def routine_minutes(budget, activities: dict[str, int]) -> int:
    """Minutes a week of the chosen activities (unknown activity ids are ignored)."""
    cost = {a.id: a.minutes for a in budget.activities}
    return sum(cost[a] * times for a, times in activities.items() if a in cost)


def rhythm(budget, activities: dict[str, int]) -> int:
    """Posts a week: the activities that publish something."""
    publishing = {a.id for a in budget.activities if a.publishes}
    return sum(times for a, times in activities.items() if a in publishing)


def current_minutes(hours: dict[str, float]) -> int:
    """Minutes a week spent today on prospecting, networking and contacts."""
    return round(60 * sum(hours.values()))


def switch_plan(current_minutes: int, routine_minutes: int, percents: list[int]) -> list[SwitchWeek]:
    """Week by week, social time grows to the routine and is taken from old habits first.

    Only what old habits cannot give is added on top (``added_minutes``).
    """
    weeks = []
    for number, percent in enumerate(percents, start=1):
        social = round(routine_minutes * percent / 100)
        taken = min(social, current_minutes)
        weeks.append(SwitchWeek(number, current_minutes - taken, social, social - taken))
    return weeks


def budget_warnings(budget, hours: dict[str, float], budget_minutes: int | None, activities: dict[str, int]) -> list[str]:
    """What to tell the participant about their figures (codes, in order of importance)."""
    warnings = []
    if any(h > MAX_HOURS_PER_HABIT for h in hours.values()):
        warnings.append(HOURS_TOO_HIGH)
    if budget_minutes is not None and budget_minutes > budget.max_minutes_per_week:
        warnings.append(BUDGET_TOO_HIGH)
    if budget_minutes == 0:
        warnings.append(NO_BUDGET)
    cost = routine_minutes(budget, activities)
    if cost == 0:
        warnings.append(NO_ROUTINE)
    elif budget_minutes and cost > budget_minutes:
        warnings.append(OVER_BUDGET)
    return warnings
