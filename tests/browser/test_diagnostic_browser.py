"""The diagnostic in the participant view (Voilà, code hidden), as a participant uses it."""

import re

from tests.browser.conftest import screenshot
from tests.browser.helpers import (
    assert_no_serious_beyond,
    download,
    json_of,
    open_notebook,
    start_over,
    upload,
    wait_for_text,
)

DIAGNOSTIC = "notebooks/01_diagnostic.ipynb"
SELECTS = ".kit-statement select"


def _counter(page, answered: int):
    wait_for_text(page, ".kit-notice", rf"^\W*{answered} réponses? sur 25")


def _values(page) -> list[str]:
    return page.eval_on_selector_all(SELECTS, "els => els.map(e => e.value)")


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

    # Keyboard only for the first five statements: Tab moves on, arrows choose.
    selects = page.locator(SELECTS)
    selects.nth(0).focus()
    for index in range(5):
        for _ in range(index + 1):
            page.keyboard.press("ArrowDown")
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") == "SELECT"
    _counter(page, 5)
    radar_after_five = page.get_attribute(".widget-html img[alt^='Radar']", "src")
    # The mouse (a choice in each list) for the others.
    for index in range(5, 25):
        selects.nth(index).select_option(index=index % 5)
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
        selects.nth(index).select_option(index=3)
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
