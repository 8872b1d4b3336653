"""Projector mode in the participant view: ``?projecteur=1`` at the end of the address enlarges the page."""

from __future__ import annotations

from tests.browser.conftest import screenshot
from tests.browser.helpers import open_notebook

NOTEBOOK = "notebooks/02_mains_dans_le_cambouis.ipynb"
SIZES = """() => {
  const px = (selector, property) => parseFloat(getComputedStyle(document.querySelector(selector))[property]);
  return {
    text: px('.jp-RenderedMarkdown p', 'fontSize'),
    question: px('.kit-statement .widget-label', 'fontSize'),
    list: px('.kit-statement select', 'fontSize'),
    list_height: px('.kit-statement select', 'height'),
    button: px('.jupyter-button', 'fontSize'),
    nav: px('.kit-nav', 'fontSize'),
  };
}"""


def _sizes(page, voila) -> dict:
    open_notebook(page, voila, NOTEBOOK)
    page.wait_for_selector(".jupyter-button", state="visible")
    return page.evaluate(SIZES)


def test_projector_parameter_enlarges_text_lists_and_buttons(page, voila):
    normal = _sizes(page, voila)
    page.goto(voila.url(NOTEBOOK) + "?projecteur=1", timeout=90_000)
    page.wait_for_selector("style.kit-projector", state="attached", timeout=90_000)
    page.wait_for_selector(".jupyter-button", state="visible", timeout=90_000)
    projected = page.evaluate(SIZES)
    print("font sizes (px) normal:", normal, "projector:", projected)
    for key, size in normal.items():
        assert projected[key] >= 1.25 * size, f"{key}: {size} px normally, only {projected[key]} px in projector mode"
    # The navigation keeps the mode on the next page.
    assert page.get_attribute("a[rel='next']", "href").endswith("?projecteur=1")
    # A projector is often 1024 px wide: still nothing sideways.
    page.set_viewport_size({"width": 1024, "height": 768})
    page.wait_for_function("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"
                           " && document.getElementById('rendered_cells').scrollWidth <= document.getElementById('rendered_cells').clientWidth")
    screenshot(page, "projector-02")
