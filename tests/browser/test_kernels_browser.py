"""A participant touring the whole path holds one kernel, not one per page — in both ways the view is served.

Voilà starts a kernel for every page. Leaving a page must stop it (the kit's Voilà
template makes Voilà's own shutdown request pass: see ``share/jupyter/voila/templates/kit``),
or a participant touring the path holds a dozen kernels, more than a Binder session's memory.
"""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import FIRST_LOAD_MS
from tests.browser.voila_server import JupyterServerVoila, VoilaServer

PATH = [f"notebooks/{name}.ipynb" for name in (
    "00_bienvenue", "01_diagnostic", "02_mains_dans_le_cambouis", "03_pro_et_perso", "04_le_temps",
    "05_lacher_prise", "06_quoi_dire", "07_atelier_redaction", "08_strategie",
)]
OUTSIDE_THE_PATH = ["notebooks/positionnement.ipynb", "notebooks/avis.ipynb"]


def wait_until_live(page) -> None:
    """The page's widgets are drawn and linked to its kernel (the page's link with the browser is there)."""
    page.wait_for_selector(".kit-nav", timeout=FIRST_LOAD_MS)
    page.wait_for_function("typeof window.kitCheckConnection === 'function'", timeout=FIRST_LOAD_MS)


def tour(page, server, first_url: str) -> list[str]:
    """Open the welcome page, follow "Suivant" through every module, then the two pages outside the path."""
    page.goto(first_url, timeout=FIRST_LOAD_MS)
    wait_until_live(page)
    seen = [page.url]
    for _ in PATH[1:]:
        page.locator("a[rel=next]").first.click()
        page.wait_for_url(re.compile(re.escape(PATH[len(seen)]) + r"(\?|$)"), timeout=FIRST_LOAD_MS)
        wait_until_live(page)
        seen.append(page.url)
    for notebook in OUTSIDE_THE_PATH:
        page.goto(server.url(notebook), timeout=FIRST_LOAD_MS)
        wait_until_live(page)
        seen.append(page.url)
    return seen


@pytest.fixture(params=["voila", "jupyter-server"])
def server(request):
    """Standalone Voilà (``make voila``) and Voilà inside a Jupyter server (Binder, JupyterHub)."""
    kind = VoilaServer if request.param == "voila" else JupyterServerVoila
    with kind() as running:
        yield running


def test_a_tour_of_every_module_leaves_only_the_open_pages_kernel(page, server):
    first = server.login_url(PATH[0])
    seen = tour(page, server, first)
    assert len(seen) == len(PATH) + len(OUTSIDE_THE_PATH)
    assert server.wait_for_kernels(at_most=1, timeout=60) == 1, "every page left must stop its kernel"
    assert server.log_problems() == [], "no refused request (403) and no traceback in the server's log"


def test_a_page_whose_kernel_is_gone_says_so_in_words(page, server):
    first = server.login_url(PATH[0])
    page.goto(first, timeout=FIRST_LOAD_MS)
    wait_until_live(page)
    banner = page.locator(".kit-connection-lost")
    assert banner.is_hidden()
    import os
    import signal

    for pid in server.kernel_pids():
        os.kill(pid, signal.SIGKILL)  # what a server does to a kernel it culls, or a crash
    page.wait_for_timeout(500)
    page.get_by_label("Prénom ou pseudonyme").click()  # the participant acts on the page
    page.evaluate("window.kitCheckConnection()")
    banner.wait_for(state="visible", timeout=30_000)
    assert "rechargez la page ; votre progression est gardée" in banner.inner_text()
    assert page.get_by_role("alert").filter(has_text="rechargez la page").count() == 1
    page.get_by_role("button", name="Recharger la page").click()
    wait_until_live(page)  # the reloaded page has a new kernel and works again
    assert page.locator(".kit-connection-lost").is_hidden()
