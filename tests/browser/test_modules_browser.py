"""Modules 00 and 02 to 08 in the participant view: a key flow by keyboard or mouse, and the axe check (01: test_diagnostic_browser)."""

import re

from kit.progress.model import Plan, new_progress
from kit.trainer.demo import demo_progress
from tests.browser.conftest import screenshot, seed_progress
from tests.browser.helpers import (
    RADIO_GROUP,
    assert_no_serious_beyond,
    choose,
    download,
    open_notebook,
    wait_for_text,
)

STATEMENT = ".kit-statement select"


def _fresh(voila, sector="boulangerie"):
    progress = new_progress()
    progress.profile.sector = sector
    seed_progress(voila, progress)
    return progress


def _axe(page, axe_baseline, name):
    assert_no_serious_beyond(page, axe_baseline, name)


def test_module_02_quiz_and_first_steps(page, voila, axe_baseline):
    _fresh(voila)
    open_notebook(page, voila, "notebooks/02_mains_dans_le_cambouis.ipynb", STATEMENT)
    page.locator(STATEMENT).first.select_option(index=0)
    wait_for_text(page, ".kit-feedback", "Bien vu|Pas tout à fait|Pas de bonne ou de mauvaise réponse")
    page.wait_for_selector(".kit-download")  # cells appear one by one: wait for the last one (save panel)
    box = page.locator(".kit-check input[type=checkbox]").last
    box.focus()
    page.keyboard.press("Space")
    wait_for_text(page, ".kit-notice", r"1 étape cochée")
    screenshot(page, "module-02")
    _axe(page, axe_baseline, "02")


def test_module_03_stance_chooser(page, voila, axe_baseline):
    _fresh(voila)
    open_notebook(page, voila, "notebooks/03_pro_et_perso.ipynb", STATEMENT)
    wait_for_text(page, ".kit-card h3", "Facebook")
    lists = page.locator(STATEMENT)
    questions = lists.count() - 1  # the last list is "the stance I keep"
    for index in range(questions):
        lists.nth(index).focus()
        page.keyboard.press("ArrowDown")
    wait_for_text(page, ".kit-card h3", "Posture conseillée")
    screenshot(page, "module-03")
    _axe(page, axe_baseline, "03")


def test_module_04_routine(page, voila, axe_baseline):
    _fresh(voila)
    open_notebook(page, voila, "notebooks/04_le_temps.ipynb", ".widget-text input, .widget-text")
    wait_for_text(page, ".kit-notice", "Aucune activité choisie")  # nothing is chosen for the participant
    page.get_by_role("button", name="Partir de la routine conseillée").click()
    wait_for_text(page, ".kit-notice", "Routine conseillée mise en place")
    page.get_by_label(re.compile("^mardi$")).check()
    page.get_by_label("Minutes par semaine que je peux vraiment y consacrer").fill("5")
    page.keyboard.press("Tab")
    wait_for_text(page, ".kit-notice", "plus que les 5")
    wait_for_text(page, "strong", "jours : mardi")
    assert page.locator("img[alt^='Bascule progressive']").count() == 1
    screenshot(page, "module-04")
    _axe(page, axe_baseline, "04")


def test_module_05_sorting_and_self_check(page, voila, axe_baseline):
    _fresh(voila)
    open_notebook(page, voila, "notebooks/05_lacher_prise.ipynb", STATEMENT)
    page.locator(STATEMENT).first.select_option(index=0)
    page.get_by_role("button", name="Comparer avec la suggestion").click()
    wait_for_text(page, "table td", "même choix|choix différent")
    page.wait_for_selector(".kit-download")  # cells appear one by one: the self-check must be there
    statements = page.locator(RADIO_GROUP)  # the self-check: radio buttons, one statement each
    choose(page, statements.count() - 1, 4)
    wait_for_text(page, ".kit-choice-count", r"^Réponses données : 1 sur ")
    wait_for_text(page, ".kit-card h3", "À travailler d’abord dans l’entreprise")
    screenshot(page, "module-05")
    _axe(page, axe_baseline, "05")


def test_module_06_idea_bank(page, voila, axe_baseline):
    _fresh(voila)
    open_notebook(page, voila, "notebooks/06_quoi_dire.ipynb", STATEMENT)
    page.get_by_label("Mon idée").fill("<b>Le levain</b> nourri à 5 h")
    page.get_by_role("button", name="Ajouter à ma banque d’idées").click()
    wait_for_text(page, ".kit-notice", r"1 idée dans votre banque")
    wait_for_text(page, "li", "<b>Le levain</b> nourri à 5 h")  # shown as text, not as markup
    screenshot(page, "module-06")
    _axe(page, axe_baseline, "06")


def test_module_08_builds_and_downloads_the_calendar(page, voila, axe_baseline, tmp_path):
    progress = demo_progress(1)
    progress.plan = Plan()
    seed_progress(voila, progress)
    open_notebook(page, voila, "notebooks/08_strategie.ipynb", STATEMENT)
    page.get_by_label(re.compile("^Facebook")).check()
    page.get_by_label("Date de début du plan").fill("2026-10-20")
    page.keyboard.press("Tab")
    page.get_by_role("button", name="Construire mon calendrier sur 30 jours").click()
    wait_for_text(page, ".kit-notice", r"Calendrier construit : \d+ publication")
    raw = download(page, "a[download$='.ics']", tmp_path / "plan.ics")
    from icalendar import Calendar

    events = list(Calendar.from_ical(raw).walk("VEVENT"))
    assert len(events) > 3
    screenshot(page, "module-08")
    _axe(page, axe_baseline, "08")


def test_welcome_page_shows_the_plan_follow_up(page, voila, axe_baseline):
    progress = demo_progress(1)
    seed_progress(voila, progress)
    open_notebook(page, voila, "notebooks/00_bienvenue.ipynb")
    wait_for_text(page, ".kit-card h3", "Où en êtes-vous dans votre plan")
    page.wait_for_selector(".kit-download")
    _axe(page, axe_baseline, "00")


def test_module_07_counter_turns_red_and_says_so_past_the_limit(page, voila, axe_baseline):
    _fresh(voila)
    open_notebook(page, voila, "notebooks/07_atelier_redaction.ipynb", ".widget-textarea textarea")
    page.get_by_label(re.compile("^X \\(ex-Twitter\\)")).check()
    box = page.get_by_label("Texte du message")
    box.fill("Bonjour ! " * 20)
    wait_for_text(page, ".kit-counter", "X.*200 / 280 — dans la limite")
    box.press("End")
    box.type(" Et voici la suite de notre histoire de fournil, racontée en détail." * 2)
    wait_for_text(page, ".kit-counter", "bloqué : \\d+ caractères? de trop")
    assert page.locator(".kit-counter[data-state='blocked']").count() == 1
    wait_for_text(page, ".kit-preview", "Bonjour")
    screenshot(page, "module-07")
    _axe(page, axe_baseline, "07")


def test_participant_pages_ask_nothing_from_the_internet(page, voila):
    """No CDN, no font service: the kit works offline (only the local Voilà server is contacted)."""
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    open_notebook(page, voila, "notebooks/00_bienvenue.ipynb")
    page.wait_for_load_state("networkidle")
    outside = [url for url in requests if not url.startswith(("http://127.0.0.1", "data:", "blob:", "ws://127.0.0.1"))]
    assert outside == []
