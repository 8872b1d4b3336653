"""On the welcome page: where the participant is in their plan (today's post, next check-in), and the invitations to the pre-test and the « à froid » survey."""

from __future__ import annotations

import html
from datetime import date

from kit.content.names import platform_names
from kit.core.formatting import day
from kit.core.languages import t
from kit.planning.calendar import plan_status


def follow_up_html(progress, lang: str, today: date | None = None) -> str:
    """A short, escaped summary of the plan for ``today`` (empty plan: an invitation to module 08)."""
    from kit.ui.evidence_notices import evidence_notices_html

    today = today or date.today()
    notices = evidence_notices_html(progress, lang, today)  # pre-test at entry, « à froid » survey at the day-30 check-in
    status = plan_status(progress.plan, today)
    if not status["started"]:
        return f"<p class='kit-muted'>{html.escape(t('follow.no_plan', lang))}</p>" + notices
    names = platform_names(lang)
    ideas = {i.id: i.text for i in progress.ideas}
    lines = []
    for slot in status["today"]:
        idea = ideas.get(slot.idea, t("plan.idea_to_find", lang))
        lines.append(t("follow.today", lang, platform=names.get(slot.platform, slot.platform), time=slot.time, idea=idea))
    if not status["today"]:
        lines.append(t("follow.nothing_today", lang))
    if status["next"]:
        slot = status["next"]
        lines.append(t("follow.next", lang, date=day(slot.day, lang), platform=names.get(slot.platform, slot.platform)))
    if status["check_in"]:
        lines.append(t("follow.check_in", lang, date=day(status["check_in"], lang)))
    elif progress.plan.calendar and today > max(s.day for s in progress.plan.calendar):
        lines.append(t("follow.finished", lang))
    items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
    return f"<div class='kit-card' role='status'><h3>{html.escape(t('follow.title', lang))}</h3><ul>{items}</ul></div>" + notices


def plan_follow_up(page) -> None:
    """Display the follow-up box on the welcome page."""
    import ipywidgets as widgets
    from IPython.display import display

    if page.ok:
        display(widgets.HTML(follow_up_html(page.progress, page.lang)))
