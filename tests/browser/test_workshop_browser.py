"""A whole workshop in the browser, as it happens in a room: one participant, then the trainer.

The participant takes the diagnostic, downloads their progress, and the server is restarted with an
empty data folder (a new Binder session, a laptop switched off at lunch); they reload their file and
go on with modules 05, 07, 04 (the week's routine the plan needs) and 08, down to the calendar file for their own agenda. The trainer then
builds the half-day's agenda and the group report from that participant's file and a few others.
The test fails as soon as the server's log shows a refused request (a 403) or a traceback.

Later issues extend these steps (``tests/browser/workshop.py``) rather than writing a new harness.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from icalendar import Calendar

from kit.cli import main
from kit.progress.store import parse_progress
from tests.browser.conftest import screenshot
from tests.browser.voila_server import VoilaServer
from tests.browser.workshop import Participant, Trainer


@pytest.fixture
def room(tmp_path):
    """The room's server (standalone Voilà, as ``make voila`` on the trainer's laptop)."""
    server = VoilaServer(data_dir=tmp_path / "donnees-1").start()
    yield server
    server.stop()


def _no_problem_in(server) -> None:
    assert server.log_problems() == [], f"the server's log ({server.log.name}) shows refused requests or tracebacks"


def test_a_workshop_from_the_diagnostic_to_the_group_report(page, room, tmp_path):
    participant = Participant(page, room, tmp_path)
    participant.open("00_bienvenue")
    participant.choose_sector("Boulangerie, pâtisserie, commerce de bouche")
    answers = participant.take_diagnostic()
    saved = participant.download_progress()
    assert len(parse_progress(saved.read_bytes()).diagnostic.assessments[0].answers) == 25
    _no_problem_in(room)

    # The server goes away with its data folder; a new one starts on the same address, empty.
    room.stop()
    _no_problem_in(room)
    restarted = VoilaServer(data_dir=tmp_path / "donnees-2", port=room.port).start()
    try:
        participant.server = restarted
        participant.open("01_diagnostic")
        assert set(participant.diagnostic_answers()) == {""}
        participant.restore(saved)
        assert participant.diagnostic_answers() == answers

        comparison = participant.sort_first_card()
        assert "suggestion" in comparison.lower() or "choix" in comparison
        counters = participant.write_post("Instagram", "Ce matin, la première fournée est sortie à 5 h. Venez la goûter !")
        assert "Instagram" in counters
        screenshot(page, "workshop-07")
        routine = participant.plan_week()
        assert "mardi, vendredi" in routine
        start = date.today().isoformat()
        calendar = Calendar.from_ical(participant.build_plan(start))
        events = list(calendar.walk("VEVENT"))
        assert len(events) > 3
        days = [e.decoded("dtstart") for e in events]
        first_day = min(day.date() if isinstance(day, datetime) else day for day in days)
        assert first_day >= date.fromisoformat(start)
        handed_in = participant.download_progress("remis.json")
        progress = parse_progress(handed_in.read_bytes())
        assert progress.profile.sector == "boulangerie" and progress.plan.calendar and progress.sortings
        _no_problem_in(restarted)

        trainer = Trainer(page, restarted, tmp_path)
        agenda = trainer.build_agenda(["00", "01", "05", "07", "08"], "Une demi-journée")
        assert "Diagnostic des freins" in agenda and "Stratégie" in agenda
        assert main(["demo-progress", "--count", "3", "--sector", "boulangerie", "--out", str(tmp_path / "groupe")]) == 0
        files = [handed_in, *sorted((tmp_path / "groupe").glob("*.json"))]
        message = trainer.group_report(files)
        assert "4 participants" in message
        report = page.frame_locator("iframe").locator("body")
        assert "Rapport de groupe" in report.inner_text()
        screenshot(page, "workshop-group-report")
        _no_problem_in(restarted)
    finally:
        restarted.stop()
    _no_problem_in(restarted)
