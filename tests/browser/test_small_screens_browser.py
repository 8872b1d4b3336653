"""Every participant module 00–08 at 1280 and 768 px wide: nothing scrolls sideways.

One page load per module (with a realistic participant, so results, tables and charts are
shown), measured at 1280 px, then narrowed to 768 px and measured again. Screenshots of both
widths land in build/screenshots/ for people to look at.
"""

from __future__ import annotations

import pytest

from kit.trainer.demo import demo_progress
from tests.browser.conftest import screenshot, seed_progress
from tests.browser.helpers import open_notebook

MODULES = [
    "00_bienvenue", "01_diagnostic", "02_mains_dans_le_cambouis", "03_pro_et_perso", "04_le_temps",
    "05_lacher_prise", "06_quoi_dire", "07_atelier_redaction", "08_strategie",
]
WIDTHS = (1280, 768)

# Whatever scrolls sideways: the page itself, Voilà's scrolling container (#rendered_cells), and
# any box that would show a horizontal scroll bar (overflow-x auto or scroll, content wider than it).
SIDEWAYS = """() => {
  const found = [];
  const describe = e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${String(e.className).split(' ').slice(0, 4).join('.')} ${e.scrollWidth}>${e.clientWidth}`;
  for (const e of [document.documentElement, document.body, document.getElementById('rendered_cells')]) {
    if (e && e.scrollWidth > e.clientWidth) found.push(describe(e));
  }
  for (const e of document.querySelectorAll('body *')) {
    const overflow = getComputedStyle(e).overflowX;
    if ((overflow === 'auto' || overflow === 'scroll') && e.scrollWidth > e.clientWidth) found.push(describe(e));
  }
  return found;
}"""


def sideways(page) -> list[str]:
    return page.evaluate(SIDEWAYS)


def wait_for_no_sideways_scroll(page, width: int, name: str) -> None:
    """The layout settles after a resize (widgets re-measure): wait for it, then report what still overflows."""
    try:
        page.wait_for_function(f"() => ({SIDEWAYS})().length === 0", timeout=10_000)
    except Exception:  # the playwright TimeoutError: say what is too wide
        pass
    assert sideways(page) == [], f"{name} at {width} px scrolls sideways: {sideways(page)[:6]}"


@pytest.mark.parametrize("notebook", MODULES)
def test_module_fits_1280_and_768_pixels(page, voila, notebook):
    seed_progress(voila, demo_progress(1))
    open_notebook(page, voila, f"notebooks/{notebook}.ipynb")
    page.wait_for_selector(".kit-download", state="visible")  # the save panel is the last cell
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        assert page.evaluate("window.innerWidth") == width
        wait_for_no_sideways_scroll(page, width, notebook)
        screenshot(page, f"{notebook[:2]}-{width}px")
