"""The plan as files: one printable page (HTML), Markdown, iCalendar (.ics) and CSV (two flavours).

Participant text is always escaped in HTML; the .ics follows RFC 5545 with
the Europe/Paris time zone and stable UIDs; the "Excel France" CSV uses
semicolons and a UTF-8 byte-order mark so that Excel opens accents correctly.

>>> from kit.trainer.demo import demo_progress
>>> plan_ics(plan_document(demo_progress(1), "fr"), "fr").startswith(b"BEGIN:VCALENDAR")
True
"""

from __future__ import annotations

import base64
import csv
import io
from datetime import datetime, timedelta, timezone

from kit.core.documents import render
from kit.core.formatting import clock, day, short_date
from kit.core.languages import t
from kit.exports.diagnostic_result import radar_png
from kit.planning.plan import PlanDocument, plan_document  # noqa: F401  (re-exported for callers)

POST_MINUTES = 30


def _idea(post, lang: str) -> str:
    return post.idea or t("plan.idea_to_find", lang)


def calendar_table(doc: PlanDocument, lang: str, css_class: str = "") -> str:
    """The 30-day calendar as an HTML table (date, day, time, platform, idea), participant text escaped.

    Shared by the printable plan and the strategy page of module 08 (``partials/calendar_table.html.j2``).

    >>> from kit.trainer.demo import demo_progress
    >>> calendar_table(plan_document(demo_progress(1), "fr"), "fr").count("<tr>") > 1
    True
    """
    return render("partials/calendar_table.html.j2", lang, posts=doc.posts, css_class=css_class)


def check_ins_list(doc: PlanDocument, lang: str) -> str:
    """The check-in dates as an HTML list."""
    return render("partials/check_ins.html.j2", lang, check_ins=doc.check_ins)


def plan_markdown(doc: PlanDocument, lang: str) -> str:
    """The one-page plan in Markdown (for a note-taking app or an e-mail)."""
    lines = [f"# {t('plan.title', lang)} — {doc.who}", ""]
    lines += [f"## {t('plan.objectives', lang)}", *(f"{n}. {o}" for n, o in enumerate(doc.objectives, 1)), ""]
    lines += [f"## {t('plan.audiences', lang)}", *(f"- {a}" for a in doc.audiences), ""]
    lines += [f"## {t('plan.platforms', lang)}", *(f"- **{p}** — {reason}" for p, reason in doc.platforms), ""]
    lines += [f"## {t('plan.routine', lang)}", t("plan.routine_line", lang, minutes=doc.minutes, rhythm=doc.rhythm, days=", ".join(doc.days)), ""]
    lines += [f"## {t('plan.calendar', lang)}", "", f"| {t('plan.col_date', lang)} | {t('plan.col_time', lang)} | {t('plan.col_platform', lang)} | {t('plan.col_idea', lang)} |", "|---|---|---|---|"]
    lines += [f"| {short_date(p.moment, lang)} | {clock(p.moment, lang)} | {p.platform} | {_idea(p, lang).replace('|', '/').replace(chr(10), ' ')} |" for p in doc.posts]
    lines += ["", f"## {t('plan.check_ins', lang)}", *(f"- {day(d, lang, year=True)} : {name}" for d, name in doc.check_ins), ""]
    return "\n".join(lines)


def plan_html(doc: PlanDocument, lang: str) -> str:
    """The one-page plan as a self-contained, printable HTML document (radar embedded)."""
    radar = base64.b64encode(radar_png(doc.scores, doc.first_scores, lang)).decode("ascii") if doc.scores else None
    return render("plan.html.j2", lang, title=t("plan.title", lang), doc=doc, radar=radar)


POST_REMINDER = timedelta(minutes=-30)  # the reminder of a post: half an hour before, to take the photo
CHECK_IN_REMINDER = timedelta(hours=9)  # the reminder of a check-in (an all-day event): 9:00 that day


def _reminder(summary: str, trigger: timedelta):
    """A VALARM that shows ``summary`` at ``trigger`` from the event's start."""
    from icalendar import Alarm

    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", trigger)
    return alarm


def _post_description(post, lang: str) -> str:
    """What to post: the draft written for it, else the idea from the bank (or where to find one)."""
    if post.draft:
        return post.draft
    return _idea(post, lang)


def plan_ics(doc: PlanDocument, lang: str, stamp: datetime | None = None) -> bytes:
    """Every planned post (its draft or idea as description, a reminder 30 minutes before), every session of
    the routine with a calendar time (replying, stories), and the all-day check-ins (reminder at 9:00);
    RFC 5545, Europe/Paris."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//Kit coaching reseaux sociaux//FR")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", t("plan.title", lang))
    stamp = stamp or datetime.now(timezone.utc)
    for post in doc.posts:
        event = Event()
        event.add("uid", post.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", post.moment)
        event.add("dtend", post.moment + timedelta(minutes=POST_MINUTES))
        summary = t("plan.event_summary", lang, platform=post.platform)
        event.add("summary", summary)
        event.add("description", _post_description(post, lang))
        event.add_component(_reminder(summary, POST_REMINDER))
        calendar.add_component(event)
    for session in doc.sessions:
        event = Event()
        event.add("uid", session.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", session.moment)
        event.add("dtend", session.moment + timedelta(minutes=session.minutes))
        event.add("summary", session.name)
        event.add("description", t("plan.session_description", lang, minutes=session.minutes))
        calendar.add_component(event)
    for when, name in doc.check_ins:
        event = Event()
        event.add("uid", f"{doc.profile_id}-{when.isoformat()}-point@kit-coaching")
        event.add("dtstamp", stamp)
        event.add("dtstart", when)
        event.add("dtend", when + timedelta(days=1))
        event.add("summary", name)
        event.add_component(_reminder(name, CHECK_IN_REMINDER))
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def plan_csv(doc: PlanDocument, lang: str, excel: bool = False) -> bytes:
    """The calendar as CSV: standard (comma, UTF-8, ISO dates) or "Excel France" (semicolon, BOM, DD/MM/YYYY)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if excel else ",", lineterminator="\r\n")
    writer.writerow([t(k, lang) for k in ("plan.col_date", "plan.col_time", "plan.col_platform", "plan.col_idea", "plan.col_pillar")])
    for post in doc.posts:
        # File formats, not text for a reader: the same in both languages.
        when = post.moment.strftime("%d/%m/%Y") if excel else post.moment.date().isoformat()
        writer.writerow([when, post.moment.strftime("%H:%M"), post.platform, _idea(post, lang), post.pillar or ""])
    return (("\ufeff" if excel else "") + buffer.getvalue()).encode("utf-8")
