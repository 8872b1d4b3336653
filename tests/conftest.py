"""Fixtures shared by tests/browser and tests/hub."""

import pytest

from tests.tools import require_tool


@pytest.fixture(scope="session")
def playwright():
    """The one Playwright of the test session (Playwright refuses a second sync instance in a process)."""
    sync_api = require_tool(pytest.importorskip("playwright.sync_api"), "playwright")
    with sync_api.sync_playwright() as running:
        yield running
