"""The diagnostic in the participant view (Voilà, code hidden), as a participant uses it."""

import re

from tests.browser.conftest import screenshot
from tests.browser.helpers import (
    RADIO_GROUP,
    assert_no_serious_beyond,
    choose,
    download,
    json_of,
    open_notebook,
    radio_answers,
    start_over,
    upload,
    wait_for_text,
)

DIAGNOSTIC = "notebooks/01_diagnostic.ipynb"
SELECTS = f"{RADIO_GROUP} input[type=radio]"


def _counter(page, answered: int):
    wait_for_text(page, ".kit-choice-count", rf"^{answered} réponses? sur 25")


def _values(page) -> list[str]:
    return radio_answers(page)


def test_participant_view_hides_code(page, voila):
    open_notebook(page, voila, DIAGNOSTIC, SELECTS)
    assert page.locator(".jp-CodeMirrorEditor, .cm-editor, .CodeMirror").count() == 0
    assert "open_module" not in page.inner_text("body")
    assert "Traceback" not in page.inner_text("body")


def test_full_diagnostic_by_keyboard_and_mouse_then_save_restore_and_retake(page, voila, tmp_path):
    open_notebook(page, voila, DIAGNOSTIC, SELECTS)
    start_over(page)
    _counter(page, 0)
    wait_for_text(page, ".kit-notice", "Le radar de vos cinq freins apparaîtra ici")

    # Keyboard only for the first five statements: Space chooses the first answer, the arrows move within
    # the statement (choosing as they go), Tab goes to the next statement.
    page.locator(SELECTS).first.focus()
    for index in range(5):
        page.keyboard.press("Space")
        for _ in range(index):
            page.keyboard.press("ArrowRight")
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('fieldset').querySelector('legend').textContent").startswith("6. ")
    _counter(page, 5)
    assert _values(page)[:6] == ["0", "1", "2", "3", "4", ""]
    radar_after_five = page.get_attribute(".widget-html img[alt^='Radar']", "src")
    # The mouse (one click in each statement) for the others.
    for index in range(5, 25):
        choose(page, index, index % 5)
    _counter(page, 25)

    assert page.get_attribute(".widget-html img[alt^='Radar']", "src") != radar_after_five
    wait_for_text(page, ".kit-card", "Par où commencer")
    page.wait_for_selector(".kit-path li")
    answers = _values(page)
    screenshot(page, "diagnostic-answered")

    saved = download(page, "a[download^='progression-']", tmp_path / "saved.json")
    assert len(json_of(saved)["diagnostic"]["assessments"][0]["answers"]) == 25
    result = download(page, "a[download^='diagnostic-']", tmp_path / "result.html").decode("utf-8")
    assert "<table" in result and "data:image/png;base64," in result

    start_over(page)
    _counter(page, 0)
    assert set(_values(page)) == {""}

    upload(page, tmp_path / "saved.json")
    wait_for_text(page, ".kit-notice", "Sauvegarde rechargée")
    _counter(page, 25)
    assert _values(page) == answers

    page.get_by_role("button", name="Commencer une nouvelle évaluation").click()
    _counter(page, 0)
    for index in range(25):
        choose(page, index, 3)
    _counter(page, 25)
    wait_for_text(page, "h3", "Avant / maintenant")
    wait_for_text(page, "td", r"[↓↑=]")
    page.wait_for_selector(".kit-path li")
    screenshot(page, "diagnostic-t0-t1")


def test_navigation_bar_links_welcome_and_diagnostic(page, voila):
    open_notebook(page, voila, "notebooks/00_bienvenue.ipynb")
    page.get_by_role("link", name=re.compile("Suivant : Diagnostic des freins")).click()
    page.wait_for_selector(SELECTS, timeout=90_000)
    assert "01_diagnostic.ipynb" in page.url
    page.get_by_role("link", name="English version").click()
    page.wait_for_selector(SELECTS, timeout=90_000)
    assert "/en/01_diagnostic.ipynb" in page.url
    wait_for_text(page, "h1", "Barrier diagnostic")


def test_axe_finds_no_serious_violation_beyond_a_bare_widgets_page(page, voila, axe_baseline, record_property):
    bare = axe_baseline
    open_notebook(page, voila, DIAGNOSTIC, SELECTS)
    page.wait_for_selector(".kit-download")  # every cell is there (they appear one by one)
    print("axe bare page (critical/serious):", bare)
    found = assert_no_serious_beyond(page, bare, "01")
    assert "region" not in found.get("moderate", {}), "every cell sits in the page's <main> landmark (the kit's Voila template)"
    record_property("axe_bare", bare)
    record_property("axe_diagnostic", found)
