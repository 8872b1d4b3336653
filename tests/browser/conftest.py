"""Browser tests: one Voilà server for the session, headless Debian Chromium via Playwright."""

from pathlib import Path

import pytest

from tests.browser.voila_server import CHROMIUM_ARGS, VoilaServer
from tests.tools import chromium_path

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
FIRST_LOAD_MS = 90_000  # the first page starts a kernel: be generous


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def voila():
    server = VoilaServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser(playwright):
    browser = playwright.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(30_000)
    yield page
    context.close()


@pytest.fixture(scope="session")
def axe_baseline(browser, voila):
    """Critical/serious axe violations of a bare one-slider ipywidgets page, measured in this run."""
    from tests.browser.helpers import open_notebook, serious_violations

    context = browser.new_context()
    page = context.new_page()
    open_notebook(page, voila, "tests/browser/bare_widgets.ipynb", ".widget-slider")
    found = serious_violations(page)
    context.close()
    return found


def seed_progress(voila, progress) -> None:
    """Put a participant's progress file where the Voilà kernels will find it (owner-only)."""
    from kit.core.files import atomic_write
    from kit.progress.store import progress_bytes

    atomic_write(voila.data_dir / "progression.json", [progress_bytes(progress)])


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot under build/screenshots/ (for people to look at)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    viewport = page.viewport_size
    # Voilà scrolls an inner container: grow the viewport to the content for a whole-page picture.
    height = page.evaluate("Math.max(...Array.from(document.querySelectorAll('body, body *')).map(e => e.scrollHeight))")
    page.set_viewport_size({"width": viewport["width"], "height": min(max(height, viewport["height"]), 16000)})
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(viewport)
    return path
