"""Module 07 logic: drafts, scheduling on the plan's free slots, and exports.

Exports: Markdown grouped by platform; Hootsuite bulk CSV (no header,
``DD/MM/YYYY HH:MM`` in the future on 5-minute steps, message, optional URL,
one file per platform, at most 350 rows); a generic CSV with a header.

>>> round_up_to_5_minutes(datetime(2026, 11, 24, 12, 31, tzinfo=PARIS)).strftime("%H:%M")
'12:35'
"""

from __future__ import annotations

import csv
import io
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from kit.core.clock import now
from kit.core.formatting import short_date_time
from kit.planning.calendar import PARIS, local_datetime
from kit.writing.post_check import check_post

if TYPE_CHECKING:
    from kit.progress.model import Draft

HOOTSUITE_MAX_ROWS = 350


def new_draft(title: str = "", text: str = "", platforms: list[str] | None = None, idea: str | None = None) -> Draft:
    from kit.progress.model import Draft

    stamp = now()
    return Draft(id=uuid.uuid4().hex[:12], title=title[:120], text=text, platforms=list(platforms or []), idea=idea, created=stamp, updated=stamp)


def round_up_to_5_minutes(moment: datetime) -> datetime:
    """Hootsuite only takes times on 5-minute steps."""
    moment = moment.replace(second=0, microsecond=0)
    return moment + timedelta(minutes=(-moment.minute) % 5)


@dataclass
class Scheduled:
    draft: Draft
    platform: str
    moment: datetime


@dataclass
class DraftExport:
    """What a scheduling export produced, and what it left out (with a message key and its parameters)."""

    rows: list[Scheduled] = field(default_factory=list)
    skipped: list[tuple[Draft, str, dict]] = field(default_factory=list)


def free_slots(plan, drafts: list[Draft], after: datetime) -> list[datetime]:
    """The plan's slots still in the future and not taken by a draft's date."""
    taken = {d.planned.astimezone(PARIS).replace(second=0, microsecond=0) for d in drafts if d.planned}
    slots = sorted(local_datetime(s.day, s.time) for s in plan.calendar)
    return [s for s in slots if s > after and s not in taken]


def schedule(drafts: list[Draft], plan, lang: str = "fr", include_over: bool = False, at: datetime | None = None) -> DraftExport:
    """Give every draft × platform a future moment; skip what cannot be posted, saying why.

    Drafts without a date take the next free slot of the plan, in order;
    without one they are skipped. Drafts over a platform's hard limit are
    skipped unless ``include_over`` is true.
    """
    at = (at or now()).astimezone(PARIS)
    result = DraftExport()
    slots = free_slots(plan, drafts, at)
    for draft in drafts:
        if not draft.text.strip() or not draft.platforms:
            result.skipped.append((draft, "drafts.skip_empty", {}))
            continue
        moment = draft.planned.astimezone(PARIS) if draft.planned else (slots.pop(0) if slots else None)
        if moment is None:
            result.skipped.append((draft, "drafts.skip_no_slot", {}))
            continue
        if moment <= at:
            result.skipped.append((draft, "drafts.skip_past", {"date": short_date_time(moment, lang)}))
            continue
        for platform in draft.platforms:
            check = check_post(draft.text, platform, lang)
            if check.over_limit and not check.ok and not include_over:
                result.skipped.append((draft, "drafts.skip_over", {"platform": platform, "over": -check.remaining}))
                continue
            result.rows.append(Scheduled(draft, platform, round_up_to_5_minutes(moment)))
    return result


def hootsuite_csv(rows: list[Scheduled]) -> dict[str, bytes]:
    """One bulk-upload CSV per platform: no header; date-time, message, URL. At most 350 rows each."""
    files = {}
    for platform in sorted({r.platform for r in rows}):
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        for row in [r for r in rows if r.platform == platform][:HOOTSUITE_MAX_ROWS]:
            writer.writerow([row.moment.strftime("%d/%m/%Y %H:%M"), row.draft.text, row.draft.link or ""])
        files[platform] = buffer.getvalue().encode("utf-8")
    return files


def generic_csv(rows: list[Scheduled]) -> bytes:
    """All platforms in one CSV with a header: ``date,platform,text,link``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["date", "platform", "text", "link"])
    for row in sorted(rows, key=lambda r: (r.moment, r.platform)):
        writer.writerow([row.moment.strftime("%Y-%m-%d %H:%M"), row.platform, row.draft.text, row.draft.link or ""])
    return buffer.getvalue().encode("utf-8")


def over_350(rows: list[Scheduled]) -> dict[str, int]:
    """Platforms with more rows than Hootsuite accepts in one file, and how many are left out."""
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.platform] = counts.get(row.platform, 0) + 1
    return {p: n - HOOTSUITE_MAX_ROWS for p, n in counts.items() if n > HOOTSUITE_MAX_ROWS}


def review_means(draft: Draft) -> dict[str, float]:
    """Mean point per rubric criterion over the draft's reviews."""
    totals: dict[str, list[int]] = {}
    for review in draft.reviews:
        for criterion, score in review.scores.items():
            totals.setdefault(criterion, []).append(score)
    return {c: round(sum(v) / len(v), 1) for c, v in totals.items()}


def drafts_markdown(drafts: list[Draft], platform_names: dict[str, str], lang: str) -> str:
    """Every draft in Markdown, grouped by platform (a draft for two platforms appears twice)."""
    from kit.core.languages import t

    lines = [f"# {t('drafts.md_title', lang)}", ""]
    platforms = sorted({p for d in drafts for p in d.platforms}, key=lambda p: platform_names.get(p, p))
    for platform in platforms:
        lines += [f"## {platform_names.get(platform, platform)}", ""]
        for draft in [d for d in drafts if platform in d.platforms]:
            check = check_post(draft.text, platform, lang)
            when = short_date_time(draft.planned, lang) if draft.planned else t("drafts.no_date", lang)
            status = t(f"drafts.status_{draft.status}", lang)
            lines += [f"### {draft.title or t('drafts.untitled', lang)}", "", f"*{status} · {when} · {check.length}/{check.limit}*", "", draft.text, ""]
    return "\n".join(lines)


