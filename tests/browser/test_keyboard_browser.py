"""Every participant module 00–08 can be completed with the keyboard alone, and focus is always visible.

Only ``page.keyboard`` is used (Tab, Shift+Tab, Space, Enter, ArrowDown, typing): no click, no
``select_option``, no ``fill``. Reading the page (which element has the focus, what it is called)
is what a screen reader does for its user; it never moves the focus.
"""

from __future__ import annotations

import json
import re
import time

import pytest

from kit.content.library import exercise
from kit.core.languages import pick
from kit.progress.answers import fitting
from kit.progress.model import Plan, new_progress
from kit.trainer.demo import demo_progress
from tests.browser.conftest import seed_progress
from tests.browser.helpers import assert_no_serious_beyond, open_notebook, wait_for_text

STATEMENT = ".kit-statement select"
RADIO = ".kit-radio-group input[type=radio]"

# The focused element, its accessible name (label, aria-label or text) and its focus style.
_ACTIVE = """() => {
  const e = document.activeElement;
  if (!e || e === document.body || e === document.documentElement) return null;
  const labels = e.labels && e.labels.length ? Array.from(e.labels).map(l => l.textContent).join(' ') : '';
  // A radio button is named by its question (the fieldset's legend) and then its own label.
  const legend = e.type === 'radio' && e.closest('fieldset') ? e.closest('fieldset').querySelector('legend').textContent + ' ' : '';
  const name = (legend + (e.getAttribute('aria-label') || labels || e.textContent || e.title || '')).replace(/\\s+/g, ' ').trim();
  const s = getComputedStyle(e);
  const box = e.getBoundingClientRect();
  // Focus on the calendar button inside a date field: the field itself no longer matches :focus and the
  // button's ring (kit.css, ::-webkit-calendar-picker-indicator:focus-visible) cannot be read from script.
  const inner = e.type === 'date' && !e.matches(':focus');
  return {inner, tag: e.tagName.toLowerCase(), type: e.type || '', name, value: e.value === undefined ? null : String(e.value),
          outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2, shadow: s.boxShadow !== 'none',
          style: `${s.outlineStyle} ${s.outlineWidth} / ${s.boxShadow}`, shown: box.width > 0 && box.height > 0};
}"""


@pytest.fixture
def kb_page(browser):
    """A French-speaking page, as on the participants' laptops."""
    context = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(30_000)
    yield page
    context.close()


def focused(page) -> dict | None:
    return page.evaluate(_ACTIVE)


def assert_visible_focus(info: dict) -> None:
    assert info["shown"], f"focused element is not on screen: {info}"
    if info["inner"]:
        return  # the date field's calendar button: a black ring around the icon, checked by eye, not measurable here
    assert info["outline"] or info["shadow"], f"no visible focus indicator on {info['tag']} « {info['name'][:60]} »: {info['style']}"


def tab_to(page, name: str, tag: str | None = None, key: str = "Tab", limit: int = 120) -> dict:
    """Press Tab (or Shift+Tab) until the focused element's name matches ``name`` (a regular expression).

    Every element passed on the way must show a visible focus indicator.
    """
    pattern = re.compile(name)
    passed = []
    for _ in range(limit):
        page.keyboard.press(key)
        info = focused(page)
        if info is None:
            continue
        assert_visible_focus(info)
        if pattern.search(info["name"]) and (tag is None or info["tag"] == tag):
            return info
        passed.append(info["name"][:40])
    raise AssertionError(f"{key} never reached « {name} » ({len(passed)} stops: {passed[-8:]})")


def type_date(page, day: int, month: int, year: int) -> None:
    """Type a date into the focused date field, the way a person does: digits only, the field moves on by itself.

    The order of the parts (jj/mm/aaaa or mm/dd/yyyy) follows the browser's own language, so try one
    order, check, and if needed go back to the first part (Shift+Tab twice) and type the other.
    """
    expected = f"{year:04d}-{month:02d}-{day:02d}"
    for first, second in ((day, month), (month, day)):
        page.keyboard.type(f"{first:02d}{second:02d}{year:04d}")
        if page.evaluate("document.activeElement.value") == expected:
            return
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Shift+Tab")
    raise AssertionError(f"could not type {expected}: the field shows {page.evaluate('document.activeElement.value')!r}")


def saved(voila, until=lambda progress: True, timeout: float = 20) -> dict:
    """The autosaved progress file, once ``until(progress)`` holds (the kernel saves just after the page shows it)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            progress = json.loads((voila.data_dir / "progression.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):  # being replaced atomically
            progress = None
        if progress is not None and until(progress):
            return progress
        if time.monotonic() > deadline:
            raise AssertionError(f"the progress file never matched: {progress and {k: progress[k] for k in ('profile', 'routine')}}")
        time.sleep(0.1)  # polling a file, not waiting for the page


def _fresh(voila, sector: str | None = "boulangerie"):
    progress = new_progress()
    progress.profile.sector = sector
    seed_progress(voila, progress)


def _start(page, voila, notebook: str, ready: str) -> None:
    open_notebook(page, voila, f"notebooks/{notebook}.ipynb", ready)
    page.wait_for_selector(".kit-download", state="visible")  # the last cell (save panel) is there: every cell is


def test_00_welcome_profile_by_keyboard(kb_page, voila, axe_baseline):
    page = kb_page
    _fresh(voila, sector=None)
    _start(page, voila, "00_bienvenue", ".widget-text input")
    tab_to(page, "^Prénom ou pseudonyme", "input")
    page.keyboard.type("Camille")
    tab_to(page, "^Votre secteur", "select")  # leaving the name field saves it
    page.keyboard.press("ArrowDown")  # one press: from « — choisir — » to the first sector
    assert page.evaluate("document.activeElement.selectedIndex") == 1
    wait_for_text(page, ".kit-notice", "Enregistré")
    profile = saved(voila, lambda p: p["profile"]["sector"])["profile"]
    assert profile["display_name"] == "Camille" and profile["sector"]
    tab_to(page, "Télécharger ma progression", "a")
    # The confirmation before erasing: reached, read (warning, red button) and cancelled by keyboard.
    tab_to(page, "^Tout effacer et recommencer", "button")
    page.keyboard.press("Enter")
    tab_to(page, "^Oui, tout effacer", "button")
    assert_no_serious_beyond(page, axe_baseline, "00-confirm")  # the warning and the red button meet contrast too
    tab_to(page, "^Annuler", "button", limit=2)
    page.keyboard.press("Enter")
    wait_for_text(page, ".kit-notice", "Rien n’a été effacé")
    assert saved(voila)["profile"]["display_name"] == "Camille"


def test_01_diagnostic_all_statements_by_keyboard(kb_page, voila, axe_baseline):
    page = kb_page
    _fresh(voila)
    _start(page, voila, "01_diagnostic", RADIO)
    tab_to(page, r"^1\. ", "input")
    for number in range(1, 26):
        if number > 1:
            tab_to(page, rf"^{number}\. ", "input", limit=1)  # one Tab from a statement to the next
        page.keyboard.press("Space")
        for _ in range(number % 5):
            page.keyboard.press("ArrowRight")
        assert page.evaluate("document.activeElement.checked") is True
    wait_for_text(page, ".kit-choice-count", r"25 réponses sur 25")
    assert page.get_attribute(".kit-choice-count", "aria-live") == "polite"
    wait_for_text(page, ".kit-card", "Par où commencer")
    page.wait_for_selector(".kit-path li")
    saved(voila, lambda p: len(p["diagnostic"]["assessments"][-1]["answers"]) == 25)
    tab_to(page, "Télécharger mon résultat", "a")
    # test_diagnostic_browser checks the empty page; here the results are shown (radar, bands, path).
    assert_no_serious_beyond(page, axe_baseline, "01-answered")


def test_02_quiz_answer_and_first_step_by_keyboard(kb_page, voila):
    page = kb_page
    first_step = pick(fitting(exercise("checklist", "premiers_pas").items, new_progress())[0].text, "fr")  # shown before any answer
    _fresh(voila)
    _start(page, voila, "02_mains_dans_le_cambouis", STATEMENT)
    tab_to(page, r"^1\. ", "select")
    page.keyboard.press("ArrowDown")
    wait_for_text(page, ".kit-feedback", "Bien vu|Pas tout à fait|Pas de bonne ou de mauvaise réponse")
    tab_to(page, "^" + re.escape(first_step[:40]), "input")
    page.keyboard.press("Space")
    wait_for_text(page, ".kit-notice", r"1 étape cochée")
    assert page.evaluate("document.activeElement.checked") is True


def test_03_every_chooser_question_by_keyboard(kb_page, voila):
    page = kb_page
    questions = exercise("chooser", "posture").questions
    _fresh(voila)
    _start(page, voila, "03_pro_et_perso", STATEMENT)
    for number in range(1, len(questions) + 1):
        tab_to(page, rf"^{number}\. ", "select")
        page.keyboard.press("ArrowDown")
    wait_for_text(page, ".kit-card h3", "Posture conseillée")
    saved(voila, lambda p: len(p["choosers"]["posture"]["answers"]) == len(questions))
    info = tab_to(page, "La posture que je retiens", "select", limit=3)
    assert info["value"], "the stance I keep starts from the suggested one"


def test_04_activity_and_day_by_keyboard(kb_page, voila):
    page = kb_page
    activity = exercise("time_budget", "budget_temps").activities[0]
    _fresh(voila)
    _start(page, voila, "04_le_temps", ".widget-text input")
    wait_for_text(page, "strong", "Ma routine")
    before = page.inner_text("strong:has-text('Ma routine')")
    tab_to(page, "^" + re.escape(pick(activity.name, "fr")), "select")
    page.keyboard.press("ArrowDown")
    page.wait_for_function("b => document.querySelector(\"strong\") && !Array.from(document.querySelectorAll('strong')).some(e => e.textContent === b)", arg=before)
    tab_to(page, "^mardi$", "input")
    page.keyboard.press("Space")
    wait_for_text(page, "strong", "jours : mardi")
    routine = saved(voila, lambda p: p["routine"]["days"] == ["tue"])["routine"]
    assert routine["activities"] == {activity.id: 1}  # nothing chosen before: one step down the list is once a week


def test_05_sort_a_card_and_compare_by_keyboard(kb_page, voila):
    page = kb_page
    _fresh(voila)
    _start(page, voila, "05_lacher_prise", STATEMENT)
    tab_to(page, r"^1\. ", "select")
    page.keyboard.press("ArrowDown")
    wait_for_text(page, ".kit-notice", r"1 carte rangée")
    tab_to(page, "^Comparer avec la suggestion", "button")
    page.keyboard.press("Enter")
    wait_for_text(page, "table td", "même choix|choix différent")
    saved(voila, lambda p: len(p["sortings"].get("tri_infos", {})) == 1)


def test_06_add_an_idea_by_keyboard(kb_page, voila):
    page = kb_page
    _fresh(voila)
    _start(page, voila, "06_quoi_dire", STATEMENT)
    tab_to(page, "^Mon idée", "textarea")
    page.keyboard.type("Le levain nourri à 5 h, avant l’ouverture")
    tab_to(page, "^Ajouter à ma banque d’idées", "button")
    page.keyboard.press("Enter")
    wait_for_text(page, ".kit-notice", r"1 idée dans votre banque")
    wait_for_text(page, "li", "Le levain nourri à 5 h")
    saved(voila, lambda p: [i["text"] for i in p["ideas"]] == ["Le levain nourri à 5 h, avant l’ouverture"])


def test_07_tick_a_platform_then_write_by_keyboard(kb_page, voila):
    page = kb_page
    _fresh(voila)
    _start(page, voila, "07_atelier_redaction", ".widget-textarea textarea")
    tab_to(page, r"^X \(ex-Twitter\)", "input")
    page.keyboard.press("Space")
    tab_to(page, "^Texte du message", "textarea", key="Shift+Tab")
    page.keyboard.type("Bonjour ! Ce matin au fournil : 40 baguettes.")
    wait_for_text(page, ".kit-counter", r"X.*\d+ / 280 — dans la limite")
    wait_for_text(page, ".kit-preview", "Ce matin au fournil")
    saved(voila, lambda p: p["drafts"] and "x" in p["drafts"][-1]["platforms"] and p["drafts"][-1]["text"].endswith("baguettes."))


def test_08_platform_date_and_calendar_by_keyboard(kb_page, voila):
    page = kb_page
    progress = demo_progress(1)
    progress.plan = Plan()
    seed_progress(voila, progress)
    _start(page, voila, "08_strategie", STATEMENT)
    tab_to(page, "^Facebook —", "input")
    page.keyboard.press("Space")
    tab_to(page, r"^Pourquoi ce réseau \? \(Facebook\)", "input", limit=2)
    page.keyboard.type("Nos clients du quartier y sont")
    tab_to(page, "^Date de début du plan", "input")
    type_date(page, 20, 10, 2026)
    saved(voila, lambda p: p["plan"]["start"] == "2026-10-20")  # the kernel has the date before the button is pressed
    tab_to(page, "^Construire mon calendrier sur 30 jours", "button")
    page.keyboard.press("Enter")
    wait_for_text(page, ".kit-notice", r"Calendrier construit : \d+ publication")
    page.wait_for_selector(".kit-table tbody tr")
    plan = saved(voila, lambda p: p["plan"]["calendar"])["plan"]
    assert plan["start"] == "2026-10-20" and plan["platforms"]["facebook"] == "Nos clients du quartier y sont"
    page.wait_for_selector("a.kit-download[download$='.ics']")
    tab_to(page, "Mon plan sur une page", "a")
