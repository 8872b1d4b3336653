"""The agenda builder: breaks, session changes and overflow, checked against hand-computed timetables."""

import html

import pytest
from pydantic import ValidationError

from kit.content.library import facilitation, load
from kit.content.registry import FacilitationFile
from kit.content.trainer import SessionFormat
from kit.core.languages import pick
from kit.core.paths import notebooks_dir
from kit.exports.agenda import agenda_html, agenda_markdown
from kit.trainer.agenda import build_agenda


def _text(words):
    return {"fr": words, "en": f"{words} (en)"}


def _notes(module, *minutes, title="Partie"):
    return FacilitationFile.model_validate({
        "kind": "facilitation", "module": module,
        "parts": [{"title": _text(f"{title} {n}"), "minutes": m, "notes": _text("notes")} for n, m in enumerate(minutes, start=1)],
        "questions": [_text("Une question ?")],
        "objections": [{"objection": _text("Pas le temps"), "answer": _text("Justement")}],
    })


def _format(*sessions, break_minutes=15, break_every=90, name="Format test"):
    return SessionFormat.model_validate({
        "id": "essai", "name": _text(name), "description": _text("Pour les tests"),
        "sessions": [{"name": _text(f"Séance {n}"), "start": start, "minutes": minutes} for n, (start, minutes) in enumerate(sessions, start=1)],
        "break_minutes": break_minutes, "break_every": break_every,
    })


def _timetable(agenda):
    return [(r.session, r.start, r.end, r.part) for r in agenda.rows]


def test_a_break_comes_before_the_part_that_would_pass_break_every():
    agenda = build_agenda(["01"], _format(("09:00", 210)), "fr", notes={"01": _notes("01", 60, 40, 30)})
    assert _timetable(agenda) == [
        ("Séance 1", "09:00", "10:00", "Partie 1"),
        ("Séance 1", "10:00", "10:15", "Pause"),
        ("Séance 1", "10:15", "10:55", "Partie 2"),
        ("Séance 1", "10:55", "11:25", "Partie 3"),
    ]
    assert agenda.rows[1].is_break and agenda.rows[1].minutes == 15
    assert (agenda.teaching_minutes, agenda.break_minutes, agenda.capacity, agenda.fits) == (130, 15, 210, True)


def test_reaching_exactly_break_every_needs_no_break_yet():
    agenda = build_agenda(["01"], _format(("09:00", 210)), "fr", notes={"01": _notes("01", 45, 45, 10)})
    assert [r.part for r in agenda.rows] == ["Partie 1", "Partie 2", "Pause", "Partie 3"]
    assert agenda.rows[-1].start == "10:45"


def test_breaks_count_across_modules_of_the_same_session():
    notes = {"01": _notes("01", 50, title="Diag"), "02": _notes("02", 50, title="Quiz")}
    agenda = build_agenda(["01", "02"], _format(("09:00", 210)), "fr", notes=notes)
    assert [(r.module_id, r.start) for r in agenda.rows] == [("01", "09:00"), (None, "09:50"), ("02", "10:05")]
    assert agenda.rows[0].module == "Diagnostic des freins" and agenda.rows[2].module == "Les mains dans le cambouis"


def test_a_part_that_does_not_fit_moves_to_the_next_session_which_starts_without_a_break():
    agenda = build_agenda(["01"], _format(("09:00", 60), ("14:00", 60)), "fr", notes={"01": _notes("01", 40, 30, 30)})
    assert _timetable(agenda) == [
        ("Séance 1", "09:00", "09:40", "Partie 1"),
        ("Séance 2", "14:00", "14:30", "Partie 2"),
        ("Séance 2", "14:30", "15:00", "Partie 3"),
    ]
    assert agenda.fits


def test_a_part_that_fits_only_without_its_break_moves_to_the_next_session():
    # 09:00-10:40: after 50 min a break is due; 15 + 40 > the 50 minutes left, so the part waits for session 2.
    agenda = build_agenda(["01"], _format(("09:00", 100), ("14:00", 100), break_every=50), "fr", notes={"01": _notes("01", 50, 40)})
    assert _timetable(agenda) == [("Séance 1", "09:00", "09:50", "Partie 1"), ("Séance 2", "14:00", "14:40", "Partie 2")]


def test_overflow_is_what_fits_in_no_session_and_order_is_kept():
    agenda = build_agenda(["01"], _format(("09:00", 60)), "fr", notes={"01": _notes("01", 30, 20, 25, 5)})
    assert [r.part for r in agenda.rows] == ["Partie 1", "Partie 2"]
    # the 5-minute part would fit in the last 10 minutes, but never before the part it follows
    assert [(u.part, u.minutes) for u in agenda.unplaced] == [("Partie 3", 25), ("Partie 4", 5)]
    assert (agenda.fits, agenda.overflow_minutes, agenda.teaching_minutes, agenda.capacity) == (False, 30, 80, 60)
    assert [key for key, _ in agenda.warnings()] == ["agenda.warn_overflow"]
    assert "30 min d’animation en tout, restent hors agenda" in agenda.warning_texts()[0]
    assert "80 min" in agenda.warning_texts()[0] and "60 min" in agenda.warning_texts()[0]


def test_modules_without_notes_are_skipped_and_reported():
    agenda = build_agenda(["01", "07"], _format(("09:00", 120)), "fr", notes={"01": _notes("01", 20)})
    assert agenda.without_notes == ["07"] and agenda.teaching_minutes == 20 and agenda.fits
    assert {r.module_id for r in agenda.rows} == {"01"}
    assert agenda.warnings() == [("agenda.warn_no_notes", {"modules": "07"})]
    assert "07" in agenda.warning_texts("en")[0] and "No facilitation notes" in agenda.warning_texts("en")[0]


def test_no_module_chosen_says_so():
    agenda = build_agenda([], "demi_journee", "fr")
    assert agenda.rows == [] and [key for key, _ in agenda.warnings()] == ["agenda.warn_nothing"]


def test_no_break_row_when_breaks_last_zero_minutes():
    agenda = build_agenda(["01"], _format(("09:00", 210), break_minutes=0), "fr", notes={"01": _notes("01", 80, 80)})
    assert [r.is_break for r in agenda.rows] == [False, False] and agenda.rows[1].start == "10:20"


def test_rows_are_in_the_chosen_language():
    agenda = build_agenda(["01"], _format(("09:00", 60)), "en", notes={"01": _notes("01", 50, 5)})
    assert agenda.rows[0].session == "Séance 1 (en)" and agenda.rows[0].module == "Barrier diagnostic"


def test_shipped_formats_are_the_three_of_the_brief():
    formats = load("session_formats")
    half, day, three = (formats.format(i) for i in ("demi_journee", "journee", "trois_fois_2h"))
    assert [(s.start, s.minutes) for s in half.sessions] == [("09:00", 210)]
    assert [(s.start, s.minutes) for s in day.sessions] == [("09:00", 210), ("13:30", 210)]
    assert [(s.name.fr, s.minutes) for s in three.sessions] == [("Séance 1", 120), ("Séance 2", 120), ("Séance 3", 120)]
    assert {(f.break_minutes, f.break_every) for f in formats.formats} == {(15, 90)}
    with pytest.raises(KeyError, match="journee"):
        formats.format("semaine")


def test_shipped_modules_fill_a_full_day_but_not_a_half_day():
    everything = [m.id for m in load("modules").modules]
    assert not build_agenda(everything, "demi_journee", "fr").fits
    day = build_agenda(["00", "01", "02"], "journee", "fr")
    assert day.fits and day.rows[0].start == "09:00" and day.rows[0].module == "Bienvenue"


def test_every_written_module_has_facilitation_notes():
    for module in load("modules").modules:
        if (notebooks_dir() / f"{module.notebook}.ipynb").exists():
            assert facilitation(module.id) is not None, module.id


def test_html_export_is_printable_and_escapes_everything():
    notes = {"01": _notes("01", 30, title="<script>alert('x')</script> & co")}
    agenda = build_agenda(["01", "07"], _format(("09:00", 60), name="<b>Mon</b> format"), "fr", notes=notes)
    page = agenda_html(agenda, "fr")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="fr">' in page and "@media print" in page
    assert "<script>" not in page and "&lt;script&gt;" in page and "<script>alert('x')</script> & co 1" in html.unescape(page)
    assert "<b>Mon</b>" not in page and "&lt;b&gt;Mon&lt;/b&gt; format" in page
    assert "<caption>Séance 1</caption>" in page and "module(s) 07" in page


def test_markdown_export_has_one_table_per_session_and_escapes_pipes():
    notes = {"01": _notes("01", 40, 30, title="Avant | après")}
    agenda = build_agenda(["01"], _format(("09:00", 60), ("14:00", 60)), "en", notes=notes)
    text = agenda_markdown(agenda, "en")
    assert text.startswith("# Workshop agenda — Format test (en)")
    assert "## Séance 1 (en)" in text and "## Séance 2 (en)" in text
    assert "| 09:00 | 09:40 | Barrier diagnostic | Avant \\| après 1 (en) | 40 |" in text


def test_markdown_lists_what_does_not_fit():
    agenda = build_agenda(["01"], _format(("09:00", 30)), "fr", notes={"01": _notes("01", 20, 20)})
    text = agenda_markdown(agenda, "fr")
    assert "## Ce qui ne tient pas dans ce format" in text and "- Diagnostic des freins — Partie 2 (20 min)" in text
    assert "> ⚠ Cela ne tient pas" in text


@pytest.mark.parametrize("written, stored", [("13:30", "13:30"), ("9:05", "09:05"), (810, "13:30")])
def test_start_times_are_read_as_clock_times(written, stored):
    # YAML reads an unquoted 13:30 as 810 (base 60): it still means half past one.
    session = _format((written, 60)).sessions[0]
    assert session.start == stored


@pytest.mark.parametrize("written", ["9h", "25:00", "12:75", 5, True])
def test_a_start_that_is_not_a_clock_time_is_refused(written):
    with pytest.raises(ValidationError, match="bad_clock_time|clock"):
        _format((written, 60))


def test_a_session_cannot_end_after_midnight():
    with pytest.raises(ValidationError, match="session"):
        _format(("22:00", 180))


# --- the arithmetic holds for any set of modules in any format (generated cases) -------------------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from kit.content.trainer import clock_minutes  # noqa: E402


@st.composite
def _workshops(draw):
    sessions = [(f"{draw(st.integers(8, 14)):02d}:{draw(st.sampled_from([0, 15, 30]))}".replace(":0", ":00"), draw(st.integers(30, 240)))
                for _ in range(draw(st.integers(1, 3)))]
    fmt = _format(*sessions, break_minutes=draw(st.sampled_from([0, 10, 15, 20])), break_every=draw(st.integers(30, 120)))
    modules = [f"0{n}" for n in range(draw(st.integers(1, 5)))]
    notes = {m: _notes(m, *draw(st.lists(st.integers(1, 60), min_size=1, max_size=6))) for m in modules}
    return fmt, modules, notes


def _check_invariants(agenda, fmt, parts):
    sessions = {pick(s.name, "fr"): s for s in fmt.sessions}
    placed = [(r.module_id, r.part, r.minutes) for r in agenda.rows if not r.is_break]
    assert placed + [(u.module_id, u.part, u.minutes) for u in agenda.unplaced] == parts, "every part once, in order"
    assert agenda.teaching_minutes == sum(m for *_, m in parts) and agenda.capacity == sum(s.minutes for s in fmt.sessions)
    longest = max(m for *_, m in parts)
    by_session: dict[str, list] = {}
    for row in agenda.rows:
        by_session.setdefault(row.session, []).append(row)
    for name, rows in by_session.items():
        start, end = clock_minutes(sessions[name].start), clock_minutes(sessions[name].start) + sessions[name].minutes
        assert clock_minutes(rows[0].start) == start and clock_minutes(rows[-1].end) <= end
        assert all(clock_minutes(a.end) == clock_minutes(b.start) for a, b in zip(rows, rows[1:]))
        assert not rows[0].is_break and not rows[-1].is_break, "a break never opens or closes a session"
        assert not any(a.is_break and b.is_break for a, b in zip(rows, rows[1:]))
        stretch = 0
        for row in rows:
            stretch = 0 if row.is_break else stretch + row.minutes
            if fmt.break_minutes:  # a format with breaks: never more than a break's length past break_every
                assert stretch <= max(fmt.break_every + fmt.break_minutes, longest)
    # A break goes only where it fits: a session's last break never pushes out a part that would have fitted
    # without it, within one break's length past break_every.
    following = [(r.session, (r.module_id, r.part, r.minutes)) for r in agenda.rows if not r.is_break]
    for index, session in enumerate(fmt.sessions):
        rows = by_session.get(pick(session.name, "fr"), [])
        breaks = [i for i, r in enumerate(rows) if r.is_break]
        if not rows or not breaks:
            continue
        placed_here = [p for name, p in following if name == pick(session.name, "fr")]
        position = placed.index(placed_here[-1]) + 1 if placed_here else 0
        after = (placed + [(u.module_id, u.part, u.minutes) for u in agenda.unplaced])[position:position + 1]
        if not after:
            continue
        free = clock_minutes(session.start) + session.minutes - clock_minutes(rows[-1].end)
        last = breaks[-1]
        before_break = 0  # teaching since the break before it (or the session's start)
        for row in rows[:last]:
            before_break = 0 if row.is_break else before_break + row.minutes
        after_break = sum(r.minutes for r in rows[last + 1:])
        nxt = after[0][2]
        pointless = free + fmt.break_minutes >= nxt and before_break + after_break + nxt <= fmt.break_every + fmt.break_minutes
        assert not pointless, f"the break at {rows[last].start} pushed a {nxt}-minute part out of {pick(session.name, 'fr')}"
    if agenda.unplaced:
        last_rows = by_session.get(pick(fmt.sessions[-1].name, "fr"), [])
        last_end = clock_minutes(fmt.sessions[-1].start) + fmt.sessions[-1].minutes
        free = last_end - (clock_minutes(last_rows[-1].end) if last_rows else clock_minutes(fmt.sessions[-1].start))
        assert agenda.unplaced[0].minutes + fmt.break_minutes > free, \
            "an overflow is reported only when the next part (with the break it needs) does not fit in the time left"


@settings(max_examples=300, deadline=None)
@given(_workshops())
def test_the_agenda_arithmetic_holds_for_generated_workshops(workshop):
    fmt, modules, notes = workshop
    agenda = build_agenda(modules, fmt, "fr", notes=notes)
    parts = [(m, pick(p.title, "fr"), p.minutes) for m in modules for p in notes[m].parts]
    _check_invariants(agenda, fmt, parts)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([m.id for m in load("modules").modules]), min_size=1, max_size=9, unique=True),
       st.sampled_from([f.id for f in load("session_formats").formats]))
def test_the_shipped_formats_hold_any_set_of_modules(modules, format_id):
    modules = sorted(modules)
    fmt = load("session_formats").format(format_id)
    agenda = build_agenda(modules, fmt, "fr")
    parts = [(m, pick(p.title, "fr"), p.minutes) for m in modules if facilitation(m) for p in facilitation(m).parts]
    _check_invariants(agenda, fmt, parts)


def test_the_half_day_of_the_issue_fits_with_one_break():
    """Modules 00, 01, 04, 07 and 08 (187 min) in a 210-min half-day: one break, everything fits."""
    agenda = build_agenda(["00", "01", "04", "07", "08"], "demi_journee", "fr")
    assert agenda.fits and agenda.teaching_minutes == 187 and agenda.break_minutes == 15
    assert [key for key, _ in agenda.warnings()] == []
