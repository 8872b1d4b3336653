"""Trainer pages driven from Python: agenda builder, facilitator view, header, and the notebooks' rules."""

import base64
import html
import json
import re
from datetime import datetime, timezone
from pathlib import Path

import pytest

from kit.content.library import clear_cache, exercise, facilitation, load
from kit.core.languages import pick
from kit.ui.agenda_view import AgendaView, agenda_view
from kit.ui.facilitator_view import FacilitatorView, facilitator_view
from kit.ui.trainer_page import open_trainer_page, trainer_nav_html

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
TRAINER = sorted((NOTEBOOKS / "formateur").glob("*.ipynb"))
TRAINER_MODULES = ("kit.ui.facilitator_view", "kit.ui.agenda_view", "kit.ui.trainer_page", "kit.trainer.facilitation", "kit.trainer.agenda")


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path, monkeypatch):
    """Each test starts from a trainer who never used the agenda page (its choices are kept between visits)."""
    monkeypatch.setenv("KIT_DATA_DIR", str(tmp_path / "donnees"))


def _page(lang="fr", here=None):
    return open_trainer_page(here, lang=lang, show=False)


def _links(view):
    return dict(re.findall(r"download='([^']+)' href='data:[^;]+;charset=utf-8;base64,([^']+)'", view.downloads.value))


def _esc(text):
    return html.escape(text)


# --- agenda builder -------------------------------------------------------------------------
def test_agenda_starts_empty_and_asks_for_modules():
    view = AgendaView(_page())
    assert view.chosen() == [] and "Aucun module coché" in view.message.value
    assert view.table.value == "" and view.downloads.value == ""


def test_module_labels_show_their_total_minutes():
    view = AgendaView(_page())
    assert view.modules["04"].description == f"04 · Le temps — {facilitation('04').total_minutes} min"


def test_ticking_modules_builds_the_agenda_live_with_downloads():
    view = AgendaView(_page())
    view.modules["00"].value = True
    view.modules["01"].value = True
    assert view.chosen() == ["00", "01"]
    assert "09:00" in view.table.value and "Bienvenue" in view.table.value and "Diagnostic des freins" in view.table.value
    assert "Tout tient" in view.message.value and "⚠" not in view.message.value
    links = _links(view)
    assert sorted(links) == ["agenda-demi_journee.html", "agenda-demi_journee.md"]
    page = base64.b64decode(links["agenda-demi_journee.html"]).decode("utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Bienvenue" in page
    assert base64.b64decode(links["agenda-demi_journee.md"]).decode("utf-8").startswith("# Déroulé de l’atelier — Une demi-journée")
    view.modules["00"].value = False
    assert "Bienvenue" not in view.table.value


def test_too_many_modules_for_the_format_are_warned_in_words_then_a_longer_format_fits():
    view = AgendaView(_page())
    for module_id, box in view.modules.items():
        box.value = facilitation(module_id) is not None
    assert "Cela ne tient pas" in view.message.value and "Une demi-journée" in view.message.value
    assert view.agenda.overflow_minutes > 0 and "Ce qui ne tient pas" in view.table.value
    view.format.value = "journee"
    assert "Cela ne tient pas" not in view.message.value and "Tout tient" in view.message.value
    assert "Après-midi" in view.table.value and "13:30" in view.table.value
    assert "agenda-journee.html" in _links(view)


def test_three_sessions_format_names_each_session():
    view = AgendaView(_page())
    for module_id in ("00", "01", "02", "03", "04"):
        view.modules[module_id].value = True
    view.format.value = "trois_fois_2h"
    assert "<caption>Séance 1</caption>" in view.table.value and "<caption>Séance 2</caption>" in view.table.value


def test_a_module_without_notes_is_reported_not_scheduled(monkeypatch):
    import kit.trainer.agenda
    import kit.ui.agenda_view

    def without_07(module_id):
        return None if module_id == "07" else facilitation(module_id)

    monkeypatch.setattr(kit.trainer.agenda, "facilitation", without_07)
    monkeypatch.setattr(kit.ui.agenda_view, "facilitation", without_07)
    missing = ["07"]
    view = AgendaView(_page())
    assert "pas encore de notes d’animation" in view.modules[missing[0]].description
    view.modules[missing[0]].value = True
    assert f"module(s) {missing[0]}" in view.message.value and view.table.value == ""


def test_agenda_speaks_english_on_an_english_page():
    view = AgendaView(_page("en"))
    view.modules["01"].value = True
    assert "Barrier diagnostic" in view.table.value and "Everything fits" in view.message.value
    assert "One half-day" in view.format.label


# --- facilitator view -----------------------------------------------------------------------
def test_facilitator_view_shows_the_chosen_modules_notes():
    view = FacilitatorView(_page())
    view.module.value = "04"
    notes = facilitation("04")
    assert f"Durée totale : {notes.total_minutes} min" in view.notes.value
    assert _esc(pick(notes.parts[0].notes, "fr")) in view.notes.value
    assert _esc(pick(notes.questions[0], "fr")) in view.notes.value
    assert _esc(pick(notes.objections[0].answer, "fr")) in view.notes.value


def _card(answers, question_id):
    return re.search(rf"<div class='kit-card [^']*' data-question='{question_id}'>(.*?)</div>", answers).group(1)


def test_quiz_answers_show_expected_answers_and_explanations():
    view = FacilitatorView(_page(), "02")
    quiz = exercise("quiz", "mecanique")
    graded = [q for q in quiz.questions if q.type != "opinion"]
    assert graded
    for question in graded:
        card = _card(view.answers.value, question.id)
        assert _esc(pick(question.explanation, "fr")) in card
        if question.type == "true_false":
            assert ("Vrai" if question.answer else "Faux") in card
        for option in question.options:
            marked = f"✔ {_esc(pick(option.text, 'fr'))} <strong>(bonne réponse)</strong>"
            assert (marked in card) is bool(option.correct)


def test_opinion_questions_show_every_argument_and_no_verdict():
    view = FacilitatorView(_page(), "02")
    opinions = [q for q in exercise("quiz", "mecanique").questions if q.type == "opinion"]
    assert opinions
    for question in opinions:
        card = _card(view.answers.value, question.id)
        assert all(_esc(pick(o.argument, "fr")) in card for o in question.options)
        assert "✔" not in card and "bonne réponse" not in card.replace("pas de bonne réponse", "") and "Réponse attendue" not in card


def test_sorting_answers_show_each_cards_suggested_pile_grouped_by_sector():
    view = FacilitatorView(_page(), "05")
    sorting = exercise("sorting", "tri_infos")
    piles = {p.id: pick(p.name, "fr") for p in sorting.piles}
    for card in sorting.cards:
        row = re.search(rf'<tr data-card="{card.id}">(.*?)</tr>', view.answers.value).group(1)
        assert f"<td>{_esc(piles[card.suggested])}</td>" in row and _esc(pick(card.reason, "fr")) in row
    assert "<caption>Cartes pour tous les métiers</caption>" in view.answers.value
    sector = next(s for s in load("sectors").sectors if any(s.id in c.sectors for c in sorting.cards))
    assert f"<caption>Cartes du secteur : {_esc(pick(sector.name, 'fr'))}</caption>" in view.answers.value


def test_chooser_answers_show_the_points_table():
    view = FacilitatorView(_page(), "03")
    chooser = exercise("chooser", "posture")
    option = chooser.questions[0].options[0]
    cells = "".join(f"<td>{option.points.get(o.id, 0)}</td>" for o in chooser.outcomes)
    assert f'<th scope="row">{_esc(pick(option.text, "fr"))}</th>{cells}' in view.answers.value
    assert all(f'<th scope="col">{_esc(pick(o.name, "fr"))}</th>' in view.answers.value for o in chooser.outcomes)


def test_changing_module_changes_notes_and_answers():
    view = FacilitatorView(_page(), "02")
    view.module.value = "00"
    assert "00 · Bienvenue" in view.notes.value and "ni quiz, ni tri" in view.answers.value


def test_facilitator_view_in_english():
    view = FacilitatorView(_page("en"), "02")
    assert "Total length" in view.notes.value and "(right answer)" in view.answers.value


# --- trainer page header --------------------------------------------------------------------
def test_trainer_page_translates_and_marks_the_current_page():
    page = _page("en", "agenda")
    assert page.lang == "en" and page.t("agenda.break") == "Break" and page.ok
    nav = trainer_nav_html("agenda", "fr")
    assert '<nav class="kit-nav" aria-label="Pages du formateur">' in nav and 'aria-current="page"' in nav
    assert 'href="animation.ipynb"' in nav and 'href="../en/formateur/agenda.ipynb"' in nav


def test_group_report_is_linked_only_once_it_exists(tmp_path, monkeypatch):
    monkeypatch.setattr("kit.ui.trainer_page.notebooks_dir", lambda: tmp_path)
    (tmp_path / "formateur").mkdir()
    (tmp_path / "formateur" / "animation.ipynb").write_text("{}", encoding="utf-8")
    assert "rapport_groupe.ipynb" not in trainer_nav_html("agenda", "fr")
    (tmp_path / "formateur" / "rapport_groupe.ipynb").write_text("{}", encoding="utf-8")
    assert 'href="rapport_groupe.ipynb"' in trainer_nav_html("agenda", "fr")
    assert "rapport_groupe.ipynb" not in trainer_nav_html("agenda", "en")


def test_trainer_page_language_comes_from_the_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("KIT_LANG", raising=False)
    folder = tmp_path / "en" / "formateur"
    folder.mkdir(parents=True)
    monkeypatch.chdir(folder)
    assert open_trainer_page(show=False).lang == "en"


def test_broken_content_shows_nothing_but_does_not_crash(tmp_path, monkeypatch):
    (tmp_path / "modules.yaml").write_text("kind: modules\nbarriers: []\n", encoding="utf-8")
    monkeypatch.setenv("KIT_EXERCISES_DIR", str(tmp_path))
    clear_cache()
    try:
        page = _page()
        assert not page.ok
        assert agenda_view(page).choices() is None and facilitator_view(page).answers_section() is None
    finally:
        monkeypatch.delenv("KIT_EXERCISES_DIR")
        clear_cache()


# --- notebooks ------------------------------------------------------------------------------
def _cells(path):
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def _code(path):
    return ["".join(c["source"]) for c in _cells(path) if c["cell_type"] == "code"]


@pytest.mark.parametrize("path", sorted(NOTEBOOKS.glob("0*.ipynb")) + sorted((NOTEBOOKS / "en").glob("0*.ipynb")), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_participant_notebooks_never_import_trainer_views(path):
    code = "\n".join(_code(path))
    assert not [m for m in TRAINER_MODULES if m in code]


def test_trainer_notebooks_exist_in_both_languages():
    assert {"agenda.ipynb", "animation.ipynb"} <= {p.name for p in TRAINER}
    assert sorted(p.name for p in (NOTEBOOKS / "en" / "formateur").glob("*.ipynb")) == [p.name for p in TRAINER]


@pytest.mark.parametrize("path", TRAINER, ids=lambda p: p.stem)
def test_trainer_notebooks_are_thin_twins_without_outputs(path):
    twin = NOTEBOOKS / "en" / "formateur" / path.name
    assert _code(path) == _code(twin)
    for notebook in (path, twin):
        for cell in _cells(notebook):
            assert cell.get("id")
            if cell["cell_type"] == "code":
                assert cell["outputs"] == [] and cell["execution_count"] is None
                lines = [l for l in cell["source"] if l.strip() and not l.startswith(("from ", "import "))]
                assert len(lines) <= 2, "".join(cell["source"])
    assert "open_trainer_page(" in _code(path)[0]


def test_the_agenda_keeps_its_choices_for_the_next_visit():
    first = AgendaView(_page())
    first.modules["01"].value = True
    first.modules["04"].value = True
    first.format.value = "journee"
    first.details["place"].value = "Maison des entreprises, salle 2"
    again = AgendaView(_page())
    assert again.chosen() == ["01", "04"] and again.format.value == "journee"
    assert again.details["place"].value == "Maison des entreprises, salle 2"
    assert "Diagnostic des freins" in again.table.value


def test_a_session_file_fills_in_the_printed_agendas_header_and_modules():
    view = AgendaView(_page())
    raw = (Path(__file__).resolve().parent.parent / "docs" / "exemple-session.yaml").read_bytes()
    view.session_file.value = ({"name": "ma-session.yaml", "type": "", "size": len(raw), "content": memoryview(raw), "last_modified": datetime.now(timezone.utc)},)
    assert "ma-session.yaml" in view.session_message.value and "lu" in view.session_message.value
    assert view.details["place"].value.startswith("Maison des entreprises") and view.details["trainer"].value == "Claire Exemple"
    assert view.details["dates"].value.startswith("lundi 2 novembre 2026, 09:00–12:30")
    assert view.chosen() == [m.id for m in load("modules").modules]  # the example names no module: all of them
    page = base64.b64decode(_links(view)["agenda-demi_journee.html"]).decode("utf-8")
    assert "<h1>Réseaux sociaux : à vous de jouer" in page and "Dirigeantes et dirigeants de commerces" in page
    assert "<dt>Lieu</dt><dd>Maison des entreprises, 12 rue de l’Exemple, 75011 Paris</dd>" in page


def test_a_file_that_is_not_a_session_file_is_refused_in_words():
    view = AgendaView(_page())
    raw = b"kind: sectors\nsectors: []\n"
    view.session_file.value = ({"name": "secteurs.yaml", "type": "", "size": len(raw), "content": memoryview(raw), "last_modified": datetime.now(timezone.utc)},)
    assert "n’a pas pu être lu comme un fichier de session" in view.session_message.value
    assert view.chosen() == []


def test_what_the_trainer_types_in_the_header_is_printed_as_text():
    view = AgendaView(_page())
    view.modules["01"].value = True
    view.details["title"].value = "<script>alert(1)</script> Atelier"
    page = base64.b64decode(_links(view)["agenda-demi_journee.html"]).decode("utf-8")
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; Atelier" in page
