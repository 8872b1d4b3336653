"""Modules 04, 06 and 08 driven from Python, and the plan follow-up on the welcome page."""

import json
from datetime import date

from kit.ui.follow_up import follow_up_html
from kit.ui.idea_bank_view import IdeaBankView
from kit.ui.page import open_module
from kit.ui.routine_view import RoutineView
from kit.ui.strategy_view import StrategyView


def _page(tmp_path, module_id):
    return open_module(module_id, path=tmp_path / "progression.json", lang="fr", show=False)


def _saved(page):
    return json.loads(page.store.path.read_text(encoding="utf-8"))


def test_first_visit_chooses_nothing_for_the_participant(tmp_path):
    view = RoutineView(_page(tmp_path, "04"))
    assert set(d.value for d in view.activities.values()) == {0}
    assert "Aucune activité choisie" in view.summary.value and "routine conseillée" in view.summary.value
    view.page.save()
    assert _saved(view.page)["routine"]["activities"] == {}


def test_the_suggested_routine_is_applied_on_request_and_can_be_undone(tmp_path):
    view = RoutineView(_page(tmp_path, "04"))
    assert "≈ 113 min par semaine" in view.suggest.description
    publishing = next(a for a in view.budget.activities if a.publishes)
    view.activities[publishing.id].value = 5
    view.suggest.click()
    defaults = {a.id: a.default_per_week for a in view.budget.activities}
    assert {a: d.value for a, d in view.activities.items()} == defaults
    assert "113 minutes par semaine" in view.summary.value and "Routine conseillée mise en place" in view.routine_message.value
    view.undo_suggestion.click()
    assert _saved(view.page)["routine"]["activities"] == {publishing.id: 5}
    assert view.activities[publishing.id].value == 5 and view.undo_suggestion.layout.display == "none"


def test_habits_are_worded_in_the_participants_trade(tmp_path):
    page = _page(tmp_path, "04")
    general = RoutineView(page).habit_hints["prospection"].value
    page.progress.profile.sector = "boulangerie"
    page.save()
    baker = RoutineView(page)
    assert "pièces montées" in baker.habit_hints["prospection"].value and "pièces montées" not in general
    assert "Trouver de nouveaux clients" in baker.hours["prospection"].description
    page.progress.profile.sector = "services_b2b"
    assert "pièces montées" not in RoutineView(page).habit_hints["prospection"].value


def test_no_habit_name_is_office_vocabulary():
    from kit.content.library import exercise

    names = [h.name.fr.lower() for h in exercise("time_budget", "budget_temps").current_habits]
    assert not any(word in name for name in names for word in ("prospection", "réseautage", "gestion des contacts"))


def test_hours_and_budget_are_saved_and_absurd_values_refused(tmp_path):
    view = RoutineView(_page(tmp_path, "04"))
    habit = next(iter(view.hours))
    view.hours[habit].value = 3.5
    assert _saved(view.page)["routine"]["current_hours"][habit] == 3.5
    view.hours[habit].value = 500
    assert "semble faux" in view.message.value and view.hours[habit].value == 3.5
    view.minutes.value = 90
    assert _saved(view.page)["routine"]["budget_minutes"] == 90
    view.minutes.value = -5
    assert view.minutes.value == 90 and _saved(view.page)["routine"]["budget_minutes"] == 90


def test_routine_changes_update_the_switch_table_and_chart(tmp_path):
    view = RoutineView(_page(tmp_path, "04"))
    publishing = next(a for a in view.budget.activities if a.publishes)
    view.activities[publishing.id].value = 7
    view.days["tue"].value = True
    saved = _saved(view.page)["routine"]
    assert saved["activities"][publishing.id] == 7 and saved["days"] == ["tue"]
    assert "Semaine 4" in view.summary.value and "<img" in view.chart.value and "alt=" in view.chart.value
    view.minutes.value = 10
    assert "plus que les 10" in view.summary.value


def test_habit_switches_are_kept(tmp_path):
    view = RoutineView(_page(tmp_path, "04"))
    first = next(iter(view.switches))
    view.switches[first].value = True
    again = RoutineView(open_module("04", path=view.page.store.path, lang="fr", show=False))
    assert again.switches[first].value is True


def test_an_idea_is_added_tagged_and_escaped(tmp_path):
    view = IdeaBankView(_page(tmp_path, "06"))
    pillar = view.bank.pillars[1]
    view.pillar.value = pillar.id
    assert view.level.value == pillar.level
    view.text.value = "<b>Le pétrin</b> du matin"
    view.add.click()
    idea = _saved(view.page)["ideas"][0]
    assert (idea["pillar"], idea["level"], idea["text"]) == (pillar.id, pillar.level, "<b>Le pétrin</b> du matin")
    assert "&lt;b&gt;Le pétrin&lt;/b&gt;" in view.bank_list.value and view.text.value == ""


def test_empty_idea_is_not_added(tmp_path):
    view = IdeaBankView(_page(tmp_path, "06"))
    view.text.value = "   "
    view.add.click()
    assert _saved(view.page)["ideas"] == [] and "Écrivez d’abord" in view.message.value


def test_sector_examples_are_shown(tmp_path):
    page = _page(tmp_path, "06")
    page.progress.profile.sector = "boulangerie"
    view = IdeaBankView(page)
    prompt = view.bank.pillars[0].prompts[0]
    example = next((e for e in prompt.examples if e.sector == "boulangerie"), None)
    if example:
        assert example.example.fr[:15].replace("’", "&#x27;")[:10] in view.inspiration.value or example.example.fr[:10] in view.inspiration.value


def test_an_idea_can_be_removed(tmp_path):
    view = IdeaBankView(_page(tmp_path, "06"))
    view.text.value = "Une idée"
    view.add.click()
    view.to_remove.value = view.page.progress.ideas[0].id
    view.remove.click()
    assert _saved(view.page)["ideas"] == []


def _prepared(tmp_path):
    """A participant who has a routine and ideas (modules 04 and 06)."""
    routine = RoutineView(_page(tmp_path, "04"))
    routine.suggest.click()
    for day in ("mon", "thu"):
        routine.days[day].value = True
    bank = IdeaBankView(open_module("06", path=routine.page.store.path, lang="fr", show=False))
    for text in ("Le four à 5 h", "La cliente du jeudi", "Notre erreur de livraison"):
        bank.text.value = text
        bank.add.click()
    return StrategyView(open_module("08", path=routine.page.store.path, lang="fr", show=False))


def test_calendar_refuses_to_build_without_platform_and_says_why(tmp_path):
    view = _prepared(tmp_path)
    view.build.click()
    assert "aucun réseau n’est choisi" in view.message.value and _saved(view.page)["plan"]["calendar"] == []


def test_objectives_are_ranked_without_duplicates(tmp_path):
    view = _prepared(tmp_path)
    first, second = view.strategy.objectives[0].id, view.strategy.objectives[1].id
    view.ranks[0].value, view.ranks[1].value, view.ranks[2].value = second, first, second
    assert _saved(view.page)["plan"]["objectives"] == [second, first]


def test_full_plan_builds_a_calendar_on_allowed_days_with_downloads(tmp_path):
    view = _prepared(tmp_path)
    view.platforms["facebook"].value = True
    view.reasons["facebook"].value = "Mes clientes y sont"
    view.start.value = date(2026, 10, 20)
    view.build.click()
    plan = _saved(view.page)["plan"]
    assert plan["platforms"] == {"facebook": "Mes clientes y sont"}
    assert plan["calendar"] and all(date.fromisoformat(s["day"]).weekday() in (0, 3) for s in plan["calendar"])
    assert plan["check_ins"] == ["2026-10-27", "2026-11-03", "2026-11-19"]
    assert "Le four à 5 h" in view.calendar.value
    for name in (".html", ".md", ".ics", ".csv", "-excel.csv"):
        assert f'{name}"' in view.downloads.value


def test_welcome_page_shows_where_the_participant_is(tmp_path):
    view = _prepared(tmp_path)
    view.platforms["facebook"].value = True
    view.start.value = date(2026, 10, 20)
    view.build.click()
    progress = view.page.progress
    first = progress.plan.calendar[0]
    text = follow_up_html(progress, "fr", today=first.day)
    assert "Aujourd’hui à 12:30 : publier sur Facebook" in text and "Prochain point d’étape : le mardi 27 octobre." in text
    assert "Pas de publication prévue aujourd’hui" in follow_up_html(progress, "fr", today=date(2026, 10, 21))
    assert "module 08" in follow_up_html(open_module("00", path=tmp_path / "other.json", lang="fr", show=False).progress, "fr")
