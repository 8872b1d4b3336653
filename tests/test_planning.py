"""Modules 04 and 08 logic: time budget, calendar placement, daylight saving, exports, CLI."""

import csv
import io
from datetime import date, datetime, timedelta, timezone

import pytest
from icalendar import Calendar

from kit.cli import main
from kit.content.library import load, load_all
from kit.exercises.routine import (
    BUDGET_TOO_HIGH,
    HOURS_TOO_HIGH,
    NO_BUDGET,
    NO_ROUTINE,
    OVER_BUDGET,
    budget_warnings,
    current_minutes,
    rhythm,
    routine_minutes,
    switch_plan,
)
from kit.exports.plan import plan_csv, plan_html, plan_ics, plan_markdown
from kit.planning.calendar import (
    build_calendar,
    check_in_dates,
    local_datetime,
    place_slots,
    plan_status,
)
from kit.planning.plan import missing_for_calendar, plan_document
from kit.progress.model import Idea, Plan, Slot, new_progress
from kit.progress.store import progress_bytes
from kit.trainer.demo import demo_progress

BUDGET = load_all("time_budget")[0]


# --- module 04: time budget ---------------------------------------------------------------
def test_routine_cost_and_rhythm_follow_the_data():
    first, second = BUDGET.activities[0], BUDGET.activities[1]
    chosen = {first.id: 2, second.id: 3}
    assert routine_minutes(BUDGET, chosen) == 2 * first.minutes + 3 * second.minutes
    assert rhythm(BUDGET, chosen) == 2 * first.publishes + 3 * second.publishes


def test_empty_routine_costs_nothing_and_says_so():
    assert routine_minutes(BUDGET, {}) == 0 and rhythm(BUDGET, {}) == 0
    assert NO_ROUTINE in budget_warnings(BUDGET, {}, 60, {})


def test_zero_budget_gets_an_encouragement_not_a_crash():
    assert NO_BUDGET in budget_warnings(BUDGET, {}, 0, {BUDGET.activities[0].id: 1})


def test_absurd_inputs_are_flagged():
    assert HOURS_TOO_HIGH in budget_warnings(BUDGET, {"prospection": 200}, 60, {})
    assert BUDGET_TOO_HIGH in budget_warnings(BUDGET, {}, BUDGET.max_minutes_per_week + 1, {})


def test_routine_over_budget_is_flagged():
    activity = BUDGET.activities[0]
    assert OVER_BUDGET in budget_warnings(BUDGET, {}, activity.minutes, {activity.id: 2})


def test_switch_takes_time_from_old_habits_first():
    weeks = switch_plan(current_minutes({"prospection": 1.0}), 120, [25, 50, 75, 100])
    assert [(w.old_minutes, w.social_minutes, w.added_minutes) for w in weeks] == [(30, 30, 0), (0, 60, 0), (0, 90, 30), (0, 120, 60)]


def test_switch_with_no_old_habit_is_all_added_time():
    weeks = switch_plan(0, 100, [25, 50, 75, 100])
    assert [w.added_minutes for w in weeks] == [25, 50, 75, 100]


# --- module 08: calendar placement -----------------------------------------------------------
def test_posts_never_fall_on_an_excluded_day():
    for allowed in (["mon"], ["tue", "sat"], ["mon", "wed", "fri", "sun"]):
        days = place_slots(date(2026, 11, 2), allowed, rhythm=3, days=30)
        assert days and all(("mon", "tue", "wed", "thu", "fri", "sat", "sun")[d.weekday()] in allowed for d in days)


def test_rhythm_is_kept_each_full_week_when_days_allow():
    days = place_slots(date(2026, 11, 2), ["mon", "tue", "wed", "thu", "fri"], rhythm=2, days=28)
    per_week = [sum(1 for d in days if (d - date(2026, 11, 2)).days // 7 == w) for w in range(4)]
    assert per_week == [2, 2, 2, 2]


def test_rhythm_higher_than_available_days_is_capped():
    days = place_slots(date(2026, 11, 2), ["thu"], rhythm=5, days=28)
    assert len(days) == 4


def test_no_day_or_no_rhythm_gives_no_slot():
    assert place_slots(date(2026, 11, 2), [], 3) == [] and place_slots(date(2026, 11, 2), ["mon"], 0) == []


def _idea(n, pillar, minutes=0):
    return Idea(id=f"{n:012x}", text=f"idée {n}", pillar=pillar, level="partager", created=datetime(2026, 11, 1, 9, minutes, tzinfo=timezone.utc))


def test_ideas_are_used_once_in_turn_by_pillar():
    ideas = [_idea(1, "coulisses", 1), _idea(2, "coulisses", 2), _idea(3, "clients", 3)]
    plan = Plan(platforms={"facebook": "", "instagram": ""}, pillars=["clients", "coulisses"], start=date(2026, 11, 2))
    slots = build_calendar(plan, ["mon", "thu"], 2, ideas, 30)
    assert [s["idea"] for s in slots[:4]] == [f"{3:012x}", f"{1:012x}", f"{2:012x}", None]
    assert [s["platform"] for s in slots[:3]] == ["facebook", "instagram", "facebook"]


def test_j_plus_n_falls_n_days_after_the_start_as_french_trainers_count():
    assert check_in_dates(date(2026, 12, 2), [7, 14, 30]) == [date(2026, 12, 9), date(2026, 12, 16), date(2027, 1, 1)]


def test_plan_crossing_the_end_of_daylight_saving_keeps_local_times():
    before, after = local_datetime(date(2026, 10, 20), "12:30"), local_datetime(date(2026, 10, 27), "12:30")
    assert (before.hour, after.hour) == (12, 12)
    assert before.utcoffset() == timedelta(hours=2) and after.utcoffset() == timedelta(hours=1)


def _planned_progress(start=date(2026, 10, 20), name="Camille"):
    progress = new_progress()
    progress.profile.display_name = name
    progress.routine.activities = {next(a.id for a in BUDGET.activities if a.publishes): 3}
    progress.routine.days = ["mon", "tue", "thu", "sat"]
    progress.ideas = [_idea(n, "coulisses", n) for n in range(1, 6)]
    progress.plan = Plan(platforms={"facebook": "mes clients"}, pillars=["coulisses"], start=start, objectives=[load_all("strategy")[0].objectives[0].id])
    return progress


def test_ics_is_read_back_event_by_event_across_daylight_saving():
    doc = plan_document(_planned_progress(), "fr")
    calendar = Calendar.from_ical(plan_ics(doc, "fr"))
    events = [e for e in calendar.walk("VEVENT") if e.get("dtstart").dt.__class__ is datetime and str(e.get("uid")) in {p.uid for p in doc.posts}]
    assert len(events) == len(doc.posts) > 8
    for event, post in zip(events, doc.posts):
        start = event.get("dtstart").dt
        assert start == post.moment and (start.hour, start.minute) == (12, 30)
        assert str(event.get("uid")) == post.uid and str(event.get("description")) == (post.idea or "Idée à choisir dans ma banque d’idées")
    offsets = {e.get("dtstart").dt.utcoffset() for e in events}
    assert offsets == {timedelta(hours=2), timedelta(hours=1)}
    assert any(c.name == "VTIMEZONE" and str(c.get("tzid")) == "Europe/Paris" for c in calendar.walk())
    assert len(list(calendar.walk("VEVENT"))) == len(doc.posts) + len(doc.sessions) + len(doc.check_ins)


def test_every_post_and_check_in_of_the_ics_has_a_reminder():
    doc = plan_document(_planned_progress(), "fr")
    calendar = Calendar.from_ical(plan_ics(doc, "fr"))
    by_uid = {str(e.get("uid")): e for e in calendar.walk("VEVENT")}
    for post in doc.posts:
        alarms = list(by_uid[post.uid].walk("VALARM"))
        assert len(alarms) == 1 and alarms[0].get("trigger").dt == timedelta(minutes=-30) and str(alarms[0].get("action")) == "DISPLAY"
    check_ins = [e for e in calendar.walk("VEVENT") if e.get("dtstart").dt.__class__ is date]
    assert len(check_ins) == len(doc.check_ins) == 3
    assert all(list(e.walk("VALARM"))[0].get("trigger").dt == timedelta(hours=9) for e in check_ins)
    assert [e.get("dtstart").dt for e in check_ins] == [date(2026, 10, 27), date(2026, 11, 3), date(2026, 11, 19)]  # J+7, J+14, J+30


def test_the_routines_reply_and_story_sessions_are_events_too():
    progress = _planned_progress()
    progress.routine.activities.update({"reponses": 2, "story": 1})
    doc = plan_document(progress, "fr")
    calendar = Calendar.from_ical(plan_ics(doc, "fr"))
    names = [str(e.get("summary")) for e in calendar.walk("VEVENT")]
    assert names.count("Répondre aux commentaires et messages") >= 8 and names.count("Story (photo ou vidéo éphémère)") >= 4
    replies = [e for e in calendar.walk("VEVENT") if str(e.get("summary")).startswith("Répondre")]
    assert all(e.get("dtstart").dt.strftime("%H:%M") == "18:00" and e.get("dtstart").dt.weekday() in (0, 1, 3, 5) for e in replies)
    assert (replies[0].get("dtend").dt - replies[0].get("dtstart").dt) == timedelta(minutes=10)


def test_a_posts_description_is_its_draft_when_one_is_planned_then_else_its_idea():
    from kit.writing.drafts import new_draft

    progress = _planned_progress()
    doc = plan_document(progress, "fr")
    first = doc.posts[0]
    draft = new_draft(text="Ce matin, la fournée de 5 h… Et vous, quel pain préférez-vous ?", platforms=[first.platform_id])
    progress.drafts = [draft.model_copy(update={"planned": first.moment})]
    events = {str(e.get("uid")): e for e in Calendar.from_ical(plan_ics(plan_document(progress, "fr"), "fr")).walk("VEVENT")}
    assert str(events[first.uid].get("description")) == draft.text
    assert str(events[doc.posts[1].uid].get("description")) == (doc.posts[1].idea or "Idée à choisir dans ma banque d’idées")


def test_uids_are_stable_between_exports():
    progress = _planned_progress()
    first = [p.uid for p in plan_document(progress, "fr").posts]
    assert first == [p.uid for p in plan_document(progress, "en").posts]
    assert len(set(first)) == len(first)


@pytest.mark.parametrize("excel,delimiter,bom,date_text", [(False, ",", False, "2026-10-20"), (True, ";", True, "20/10/2026")])
def test_both_csv_flavours_round_trip(excel, delimiter, bom, date_text):
    progress = _planned_progress()
    progress.ideas[0] = progress.ideas[0].model_copy(update={"text": "Fournée « spéciale », 5 h ; café ☕\nseconde ligne"})
    doc = plan_document(progress, "fr")
    raw = plan_csv(doc, "fr", excel=excel)
    assert raw.startswith(b"\xef\xbb\xbf") == bom
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=delimiter))
    assert rows[0] == ["Date", "Heure", "Réseau", "Idée", "Pilier"]
    assert rows[1][0] == date_text and rows[1][3] == "Fournée « spéciale », 5 h ; café ☕\nseconde ligne"
    assert len(rows) == len(doc.posts) + 1


def test_participant_text_is_escaped_in_the_html_plan():
    progress = _planned_progress(name="<script>alert(1)</script>")
    progress.ideas[0] = progress.ideas[0].model_copy(update={"text": "<img src=x onerror=alert(1)>"})
    page = plan_html(plan_document(progress, "fr"), "fr")
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and "@media print" in page


def test_markdown_plan_lists_the_calendar():
    text = plan_markdown(plan_document(_planned_progress(), "fr"), "fr")
    assert text.startswith("# Mon plan réseaux sociaux sur 30 jours — Camille")
    assert "| 20/10/2026 | 12:30 |" in text


def test_missing_pieces_are_named():
    progress = new_progress()
    assert missing_for_calendar(progress) == ["plan.missing_days", "plan.missing_rhythm", "plan.missing_platforms", "plan.missing_start"]
    assert "plan.missing_start" not in missing_for_calendar(progress, start=date(2026, 12, 1))


def test_follow_up_status_on_a_planned_day_and_after():
    progress = _planned_progress()
    progress.plan.calendar = [Slot(day=date(2026, 10, 20), time="12:30", platform="facebook", idea=progress.ideas[0].id)]
    progress.plan.check_ins = check_in_dates(date(2026, 10, 20), [7, 14, 30])
    status = plan_status(progress.plan, date(2026, 10, 20))
    assert [s.idea for s in status["today"]] == [progress.ideas[0].id] and status["check_in"] == date(2026, 10, 27)
    assert plan_status(progress.plan, date(2026, 12, 1))["check_in"] is None


# --- CLI ---------------------------------------------------------------------------------------
def test_export_plan_from_a_demo_file_writes_a_readable_calendar(tmp_path):
    assert main(["demo-progress", "--seed", "1", "--out", str(tmp_path / "p.json")]) == 0
    assert main(["export-plan", "--progress", str(tmp_path / "p.json"), "--format", "ics", "--out", str(tmp_path / "plan.ics")]) == 0
    events = list(Calendar.from_ical((tmp_path / "plan.ics").read_bytes()).walk("VEVENT"))
    days = sorted(e.get("dtstart").dt if isinstance(e.get("dtstart").dt, date) and not isinstance(e.get("dtstart").dt, datetime) else e.get("dtstart").dt.date() for e in events)
    assert len(events) >= 8 and (days[-1] - days[0]).days >= 21


@pytest.mark.parametrize("fmt", ["html", "md", "csv", "csv-excel"])
def test_export_plan_writes_every_format(tmp_path, fmt):
    path = tmp_path / "p.json"
    path.write_bytes(progress_bytes(demo_progress(1)))
    assert main(["export-plan", "--progress", str(path), "--format", fmt, "--out", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out").stat().st_size > 200


def test_export_plan_says_what_is_missing(tmp_path, capsys):
    path = tmp_path / "p.json"
    path.write_bytes(progress_bytes(new_progress()))
    assert main(["export-plan", "--progress", str(path), "--format", "ics", "--out", str(tmp_path / "x.ics")]) == 1
    err = capsys.readouterr().err
    assert "aucun réseau n’est choisi" in err and not (tmp_path / "x.ics").exists()


def test_export_plan_with_a_new_start_date(tmp_path):
    path = tmp_path / "p.json"
    path.write_bytes(progress_bytes(_planned_progress()))
    assert main(["export-plan", "--progress", str(path), "--format", "csv", "--start", "2027-01-04", "--out", str(tmp_path / "c.csv")]) == 0
    assert (tmp_path / "c.csv").read_text(encoding="utf-8").splitlines()[1].startswith("2027-01-04")


def test_export_plan_refuses_bad_input(tmp_path, capsys):
    assert main(["export-plan", "--progress", str(tmp_path / "none.json"), "--format", "ics", "--out", "x"]) == 2
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    assert main(["export-plan", "--progress", str(tmp_path / "bad.json"), "--format", "ics", "--out", "x"]) == 2
    assert main(["export-plan", "--progress", str(tmp_path / "bad.json"), "--format", "pdf", "--out", "x"]) == 2
    assert main(["export-plan", "--progress", str(tmp_path / "bad.json"), "--format", "ics", "--start", "demain", "--out", "x"]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_every_pillar_has_an_example_for_every_sector():
    sectors = {s.id for s in load("sectors").sectors}
    for pillar in load_all("idea_prompts")[0].pillars:
        covered = {e.sector for prompt in pillar.prompts for e in prompt.examples}
        missing = ", ".join(sorted(sectors - covered))
        assert not missing, f"exercises/idees.yaml : le pilier « {pillar.id} » n’a aucun exemple pour le(s) secteur(s) {missing}"
