"""The diagnostic page driven from Python: every callback saves and redraws."""

import base64
import json

import pytest

from kit.content.library import load
from kit.ui.diagnostic_view import DiagnosticView, change_text
from kit.ui.page import open_module

CONTENT = load("diagnostic")


@pytest.fixture
def page(tmp_path):
    return open_module("01", path=tmp_path / "progression.json", lang="fr", show=False)


@pytest.fixture
def view(page):
    return DiagnosticView(page)


def _answer_all(view, value_for):
    for barrier in CONTENT.barriers:
        for statement in barrier.statements:
            view.statements.choose(statement.id, value_for(barrier.barrier, statement))


def _strong(barrier_id, statement):
    return 1 if statement.reverse else 5


def _weak(barrier_id, statement):
    return 5 if statement.reverse else 1


def _saved(page):
    return json.loads(page.store.path.read_text(encoding="utf-8"))


def test_each_statement_is_a_radio_group_named_by_the_statement(view):
    questions = view.statements.questions
    assert len(questions) == CONTENT.statement_count() and view.statements.answers() == {}
    statements = {s.id: s for b in CONTENT.barriers for s in b.statements}
    for position, question in enumerate(questions, start=1):
        assert question["label"] == f"{position}. {statements[question['id']].text.fr}"
        assert [o["label"] for o in question["options"]] == [p.label.fr for p in CONTENT.scale]
    assert view.statements.count_text == "0 réponse sur 25."


def test_an_answer_is_saved_at_once_with_the_score(view, page):
    first = CONTENT.barriers[0].statements[0]
    view.statements.choose(first.id, 4)
    saved = _saved(page)["diagnostic"]["assessments"]
    assert saved[0]["answers"] == {first.id: 4}
    assert saved[0]["scores"] == {CONTENT.barriers[0].barrier: 75.0}
    assert view.statements.count_text == "1 réponse sur 25."


def test_clearing_an_answer_removes_it(view, page):
    first = CONTENT.barriers[0].statements[0]
    view.statements.choose(first.id, 4)
    view.statements.choose(first.id, None)
    assert _saved(page)["diagnostic"]["assessments"][0]["answers"] == {}


def test_radar_redraws_and_describes_scores_in_words(view):
    before = view.radar_image.value
    _answer_all(view, _strong)
    assert view.radar_image.value != before
    assert "alt=\"Radar de vos freins" in view.radar_image.value and "100" in view.radar_image.value


def test_band_and_advice_appear_when_a_barrier_is_complete(view):
    barrier = CONTENT.barriers[0]
    for statement in barrier.statements:
        view.statements.choose(statement.id, _strong(barrier.barrier, statement))
    strong_band = barrier.bands[-1]
    assert strong_band.advice.fr in view.bands.value.replace("&#x27;", "'").replace("&quot;", '"')
    assert "Encore" in view.bands.value  # the other barriers are still pending


def test_path_appears_when_everything_is_answered(view):
    assert "apparaîtra" in view.path_box.value
    _answer_all(view, _strong)
    assert "01_diagnostic" not in view.path_box.value
    assert "<li>" in view.path_box.value and "Les mains dans le cambouis" in view.path_box.value
    assert view.page.progress.diagnostic.assessments[-1].completed is not None


def test_weak_barriers_give_the_default_path(view):
    _answer_all(view, _weak)
    assert "Aucun frein ne domine" in view.path_box.value


def test_new_assessment_is_refused_while_the_current_one_is_incomplete(view):
    view.statements.choose(CONTENT.barriers[0].statements[0].id, 3)
    view.new_assessment.click()
    assert len(view.page.progress.diagnostic.assessments) == 1
    assert "Terminez" in view.history_message.value


def test_new_assessment_keeps_t0_and_starts_empty(view, page):
    _answer_all(view, _strong)
    view.new_assessment.click()
    assessments = _saved(page)["diagnostic"]["assessments"]
    assert len(assessments) == 2 and assessments[1]["answers"] == {}
    assert view.statements.answers() == {}
    assert view.radar().previous_line.get_visible()


def test_starting_a_new_assessment_keeps_the_last_result_downloadable(view):
    _answer_all(view, _strong)
    view.new_assessment.click()
    href = view.download.value.split("base64,")[1].split('"')[0]
    document = base64.b64decode(href).decode("utf-8")
    first_band = CONTENT.barriers[0].bands[-1].label.fr  # every barrier scored at its strongest
    assert first_band in document and "pas encore de réponse" not in document


def test_t0_versus_t1_shows_the_change_in_words(view):
    _answer_all(view, _strong)
    view.new_assessment.click()
    _answer_all(view, _weak)
    assert "Avant / maintenant" in view.comparison.value
    assert view.comparison.value.count("↓ 100 points : le frein recule") == len(CONTENT.barriers)


def test_restoring_a_file_brings_the_answers_back(view, page, tmp_path):
    _answer_all(view, _strong)
    saved = page.store.download_bytes()
    page.start_over()
    assert view.statements.answers() == {}
    page.restore(saved)
    first = CONTENT.barriers[0].statements[0]
    assert view.statements.answer(first.id) == _strong(None, first)


def test_printable_result_escapes_the_participant_name(view, page):
    page.progress.profile.display_name = "<script>alert(1)</script>"
    _answer_all(view, _strong)
    href = view.download.value.split("base64,")[1].split('"')[0]
    document = base64.b64decode(href).decode("utf-8")
    assert "<script>alert(1)</script>" not in document and "&lt;script&gt;" in document
    assert document.startswith("<!DOCTYPE html>") and "@media print" in document
    assert 'download="diagnostic-P-' in view.download.value


def test_change_text_never_relies_on_colour():
    assert change_text(40, 60, "fr") == "↑ 20 points : le frein s’est renforcé"
    assert change_text(40, 40, "en") == "= unchanged"
    assert change_text(None, 40, "fr") == "—"


def test_english_page_speaks_english(tmp_path):
    view = DiagnosticView(open_module("01", path=tmp_path / "p.json", lang="en", show=False))
    assert view.statements.questions[0]["options"][0]["label"] == "Strongly disagree"
    assert view.statements.count_text == "0 answers out of 25."


def test_the_statements_are_one_widget(view):
    # each widget model is one more thing the browser creates before showing the page
    assert view.statements_box.children == (view.statements,)
