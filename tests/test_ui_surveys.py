"""The appreciation surveys, the positioning pre-test and their welcome-page invitations, driven from Python."""

import json
from datetime import date, timedelta

import pytest

from kit.content.library import load
from kit.core.clock import now
from kit.core.formatting import day
from kit.progress.model import SurveyAnswers
from kit.ui.follow_up import follow_up_html
from kit.ui.own_page import open_page, own_nav_html
from kit.ui.page import open_module
from kit.ui.pretest_view import PreTestView
from kit.ui.survey_view import SurveyView, survey


def _page(tmp_path, name="avis", lang="fr"):
    return open_page(name, path=tmp_path / "progression.json", lang=lang, show=False)


def _saved(page):
    return json.loads(page.store.path.read_text(encoding="utf-8"))


# --- the page --------------------------------------------------------------------------------
def test_own_page_records_no_module_visit_and_links_back_home(tmp_path):
    page = _page(tmp_path)
    page.save()
    assert _saved(page)["visits"] == {}
    nav = own_nav_html("avis", "fr")
    assert 'href="00_bienvenue.ipynb"' in nav and 'href="en/avis.ipynb"' in nav and 'aria-current="page"' in nav
    assert 'href="../positionnement.ipynb"' in own_nav_html("positionnement", "en")


def test_unknown_own_page_is_refused(tmp_path):
    with pytest.raises(KeyError, match="known pages: positionnement, avis"):
        open_page("module_99", path=tmp_path / "p.json", show=False)


# --- the surveys -----------------------------------------------------------------------------
def test_survey_answers_are_saved_at_every_change(tmp_path):
    page = _page(tmp_path)
    view = SurveyView(page, "satisfaction_chaud")
    view.ratings["globale"].choose("globale", 5)
    view.ratings["conditions"].choose("conditions", 2)
    view.comments["points_forts"].value = "  Le tri des infos <b>& le plan</b>  "
    saved = _saved(page)["surveys"]["satisfaction_chaud"]
    assert saved["ratings"] == {"globale": 5, "conditions": 2}
    assert saved["comments"] == {"points_forts": "Le tri des infos <b>& le plan</b>"}
    assert saved["completed"] is None and "J’ai terminé" in view.status.value
    view.done.click()
    assert _saved(page)["surveys"]["satisfaction_chaud"]["completed"] is not None
    assert "Merci" in view.status.value


def test_choices_are_ticked_and_unticked(tmp_path):
    page = _page(tmp_path)
    view = SurveyView(page, "satisfaction_froid")
    boxes = view.ticks["mis_en_pratique"]
    boxes["publie_regulierement"].value = True
    boxes["plan_suivi"].value = True
    boxes["publie_regulierement"].value = False
    assert _saved(page)["surveys"]["satisfaction_froid"]["ticked"] == {"mis_en_pratique": ["plan_suivi"]}


def test_clearing_a_rating_removes_it(tmp_path):
    page = _page(tmp_path)
    view = SurveyView(page, "satisfaction_chaud")
    view.ratings["globale"].choose("globale", 4)
    view.ratings["globale"].choose("globale", None)
    assert _saved(page)["surveys"]["satisfaction_chaud"]["ratings"] == {}


def test_a_new_kernel_shows_the_saved_answers(tmp_path):
    first = SurveyView(_page(tmp_path), "satisfaction_chaud")
    first.ratings["animation"].choose("animation", 3)
    first.comments["a_ameliorer"].value = "Plus de pauses"
    again = SurveyView(_page(tmp_path), "satisfaction_chaud")
    assert again.ratings["animation"].answer("animation") == 3 and again.comments["a_ameliorer"].value == "Plus de pauses"


def test_restoring_a_file_reloads_the_survey(tmp_path):
    page = _page(tmp_path)
    view = SurveyView(page, "satisfaction_chaud")
    other = _page(tmp_path / "other")
    SurveyView(other, "satisfaction_chaud").ratings["globale"].choose("globale", 1)
    page.restore(other.store.download_bytes())
    assert view.ratings["globale"].answer("globale") == 1


def test_survey_in_english(tmp_path):
    view = SurveyView(_page(tmp_path, lang="en"), "satisfaction_chaud")
    question = view.ratings["globale"].questions[0]
    assert question["label"].startswith("1. Overall")
    assert question["options"][-1]["label"] == "5 · Very satisfied"


def test_comments_are_capped(tmp_path):
    page = _page(tmp_path)
    SurveyView(page, "satisfaction_froid").comments["commentaires"].value = "x" * 5000
    assert len(_saved(page)["surveys"]["satisfaction_froid"]["comments"]["commentaires"]) == 2000


def test_broken_content_shows_nothing(tmp_path):
    page = _page(tmp_path)
    page.ok = False
    assert survey(page, "satisfaction_chaud").widget is None


# --- the pre-test ----------------------------------------------------------------------------
def test_pretest_saves_answers_without_judging_them(tmp_path):
    page = _page(tmp_path, "positionnement")
    view = PreTestView(page)
    assert {q.id for q in view.questions} == set(load("objectives").pretest.questions)
    first = next(iter(view.lists))
    last_option = next(q for q in view.questions if q.id == first).options[-1].id
    view.lists[first].choose(first, last_option)
    assert list(_saved(page)["pretest"]) == [first]
    assert "1 question répondue" in view.status.value and "attendue" not in view.status.value
    assert _saved(page)["quizzes"] == {}  # module 02 stays to do


def test_pretest_multiple_choice_uses_tick_boxes(tmp_path):
    page = _page(tmp_path, "positionnement")
    view = PreTestView(page)
    qid, boxes = next(iter(view.ticks.items()))
    next(iter(boxes.values())).value = True
    assert len(_saved(page)["pretest"][qid]["choices"]) == 1


def test_pretest_all_answered(tmp_path):
    page = _page(tmp_path, "positionnement")
    view = PreTestView(page)
    for qid, group in view.lists.items():
        group.choose(qid, group.choice_values(qid)[0])
    for boxes in view.ticks.values():
        next(iter(boxes.values())).value = True
    assert "Merci" in view.status.value


# --- the welcome page ------------------------------------------------------------------------
def test_welcome_page_invites_to_the_pretest_until_it_is_answered(tmp_path):
    page = open_module("00", path=tmp_path / "p.json", lang="fr", show=False)
    assert "positionnement.ipynb" in follow_up_html(page.progress, "fr")
    view = PreTestView(open_page("positionnement", path=tmp_path / "p.json", lang="fr", show=False))
    qid, group = next(iter(view.lists.items()))
    group.choose(qid, group.choice_values(qid)[0])
    again = open_module("00", path=tmp_path / "p.json", lang="fr", show=False)
    assert "positionnement.ipynb" not in follow_up_html(again.progress, "fr")


def test_cold_survey_is_offered_from_the_day_30_check_in(tmp_path):
    from kit.trainer.demo import demo_progress

    progress = next(p for p in (demo_progress(s) for s in range(1, 40)) if p.plan.start and "satisfaction_froid" not in p.surveys)
    day_30 = progress.plan.start + timedelta(days=30)  # J+30: thirty days after the start
    assert "avis.ipynb" not in follow_up_html(progress, "fr", today=day_30 - timedelta(days=1))
    on_the_day = follow_up_html(progress, "fr", today=day_30)
    assert "avis.ipynb" in on_the_day and f"Depuis le {day(day_30, 'fr')}" in on_the_day
    assert "avis.ipynb" in follow_up_html(progress, "en", today=day_30 + timedelta(days=40))
    progress.surveys = {"satisfaction_froid": SurveyAnswers(ratings={"utilite_aujourdhui": 3}, updated=now(), completed=now())}
    assert "avis.ipynb" not in follow_up_html(progress, "fr", today=day_30)


def test_no_plan_no_cold_survey(tmp_path):
    page = open_module("00", path=tmp_path / "p.json", lang="fr", show=False)
    assert "avis.ipynb" not in follow_up_html(page.progress, "fr", today=date(2030, 1, 1))
