"""A participant touring the whole path holds one kernel, not one per page — in both ways the view is served.

Voilà starts a kernel for every page. Leaving a page must stop it (the kit's Voilà
template makes Voilà's own shutdown request pass: see ``share/jupyter/voila/templates/kit``),
or a participant touring the path holds a dozen kernels, more than a Binder session's memory.
"""

from __future__ import annotations

import os
import signal

import pytest

from tests.browser.conftest import FIRST_LOAD_MS
from tests.browser.voila_server import JupyterServerVoila, VoilaServer
from tests.browser.workshop import OUTSIDE_THE_PATH, PATH, tour, wait_until_live


@pytest.fixture(params=["voila", "jupyter-server"])
def server(request):
    """Standalone Voilà (``make voila``) and Voilà inside a Jupyter server (Binder, JupyterHub)."""
    kind = VoilaServer if request.param == "voila" else JupyterServerVoila
    with kind() as running:
        yield running


def test_a_tour_of_every_module_leaves_only_the_open_pages_kernel(page, server):
    seen = tour(page, server)
    assert len(seen) == len(PATH) + len(OUTSIDE_THE_PATH)
    assert server.wait_for_kernels(at_most=1, timeout=60) == 1, "every page left must stop its kernel"
    assert server.log_problems() == [], "no refused request (403) and no traceback in the server's log"


def test_a_page_whose_kernel_is_gone_says_so_in_words(page, server):
    page.goto(server.login_url(PATH[0]), timeout=FIRST_LOAD_MS)
    wait_until_live(page)
    banner = page.locator(".kit-connection-lost")
    assert banner.is_hidden()
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
