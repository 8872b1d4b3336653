"""Browser tests: one Voilà server for the session, headless Debian Chromium via Playwright."""

from pathlib import Path

import pytest

from tests.browser.voila_server import CHROMIUM_ARGS, VoilaServer
from tests.tools import chromium_path, require_tool

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
def browser():
    executable = chromium_path()
    sync_api = require_tool(pytest.importorskip("playwright.sync_api"), "playwright")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(30_000)
    yield page
    context.close()


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
