"""Upgrade progress files written by older versions of the kit.

One function per step, ``vN -> vN+1``, working on plain dicts so that old
files never need old code.

>>> upgrade({"kind": "kit-coaching-progress", "schema_version": 1})["diagnostic"]
{'assessments': []}
"""

from __future__ import annotations

from kit.progress.errors import ProgressError
from kit.progress.model import SCHEMA_VERSION


def _v1_to_v2(data: dict) -> dict:
    """Version 2 adds the diagnostic (module 01): no assessment yet."""
    data.setdefault("diagnostic", {"assessments": []})
    return data


def _v2_to_v3(data: dict) -> dict:
    """Version 3 adds modules 02, 03 and 05: quizzes, checklists, choosers, sortings, self-checks."""
    for section in ("quizzes", "checklists", "choosers", "sortings", "self_checks"):
        data.setdefault(section, {})
    return data


def _v3_to_v4(data: dict) -> dict:
    """Version 4 adds modules 04, 06 and 08: the routine, the idea bank and the plan."""
    data.setdefault("routine", {})
    data.setdefault("ideas", [])
    data.setdefault("plan", {})
    return data


def _v4_to_v5(data: dict) -> dict:
    """Version 5 adds module 07: the drafts and their peer reviews."""
    data.setdefault("drafts", [])
    return data


def _v5_to_v6(data: dict) -> dict:
    """Version 6 adds the Qualiopi evidence: the positioning pre-test and the appreciation surveys."""
    data.setdefault("pretest", {})
    data.setdefault("surveys", {})
    return data


def _v6_to_v7(data: dict) -> dict:
    """Version 7 records which rubric a peer review used; earlier reviews say ``rubric: null`` (not known)."""
    drafts = data.get("drafts")
    for draft in drafts if isinstance(drafts, list) else []:
        reviews = draft.get("reviews") if isinstance(draft, dict) else None
        for review in reviews if isinstance(reviews, list) else []:
            if isinstance(review, dict):
                review.setdefault("rubric", None)
    return data


def _v7_to_v8(data: dict) -> dict:
    """Version 8 dates a plan's check-ins as French trainers count them: J+7 is seven days after the start
    (earlier versions put it on the 7th day of the plan, one day early). Saved check-ins move one day later."""
    from datetime import date, timedelta

    plan = data.get("plan")
    check_ins = plan.get("check_ins") if isinstance(plan, dict) else None
    if isinstance(check_ins, list):
        moved = []
        for day in check_ins:
            try:
                moved.append((date.fromisoformat(day) + timedelta(days=1)).isoformat())
            except (TypeError, ValueError):
                moved.append(day)  # not a date: left for the schema check to report
        plan["check_ins"] = moved
    return data


def _v8_to_v9(data: dict) -> dict:
    """Version 9 keeps the participant's situation (personal account, page, team), asked on the welcome page."""
    profile = data.get("profile")
    if isinstance(profile, dict):
        profile.setdefault("situation", {})
    return data


MIGRATIONS: dict[int, callable] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5, 5: _v5_to_v6, 6: _v6_to_v7, 7: _v7_to_v8, 8: _v8_to_v9}


def upgrade(data: dict) -> dict:
    """Bring ``data`` to the current schema version, step by step.

    Raises:
        ProgressError: the version is missing, unknown or newer than this kit.
    """
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ProgressError("progress.no_version")
    if version > SCHEMA_VERSION:
        raise ProgressError("progress.too_new", version=version, supported=SCHEMA_VERSION)
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](dict(data))
        version += 1
        data["schema_version"] = version
    return data
