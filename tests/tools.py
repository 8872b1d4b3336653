"""Helpers shared by the tests: external tools that may be missing on a developer's machine."""

from __future__ import annotations

import os
import shutil

import pytest

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")


def in_ci() -> bool:
    """True when CI=true: then a missing tool fails the test instead of skipping it."""
    return os.environ.get("CI", "").lower() == "true"


def require_tool(found, what: str):
    """Return ``found``; if it is missing, skip the test — or fail it under CI=true."""
    if found:
        return found
    message = f"outil manquant / missing tool: {what}"
    if in_ci():
        pytest.fail(message + " (CI=true: a missing tool is a failure, not a skip)")
    pytest.skip(message)


def chromium_path() -> str:
    """The Debian Chromium binary used by the browser tests."""
    found = next((p for p in CHROMIUM_CANDIDATES if os.path.exists(p)), None) or shutil.which("chromium")
    return require_tool(found, "chromium (apt-get install -y chromium)")
