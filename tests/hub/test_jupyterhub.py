"""Two participants on a real JupyterHub (loopback only): each opens the diagnostic, answers it, keeps it private.

What runs: JupyterHub with its built-in DummyAuthenticator (one shared password)
and LocalProcessSpawner, configurable-http-proxy, two throw-away system users,
nbgitpuller cloning the kit's notebooks from a ``git daemon`` on 127.0.0.1 into
each home, Voilà as the participant view, headless Debian Chromium as the two
participants. Setup and clean-up: tests/hub/hub_setup.py.

- Participant 1 follows the trainer's nbgitpuller link
  (``/hub/user-redirect/git-pull?...&urlpath=voila/render/...``).
- Participant 2 only logs in: ``Spawner.default_url`` (the same nbgitpuller
  path) takes them to the diagnostic.

Needs root, git, node and configurable-http-proxy: missing ones skip these
tests locally and fail them under CI=true (``.ci/run`` installs them).
"""

from __future__ import annotations

import json
import stat
import urllib.request
from pathlib import Path

import pytest

from tests.browser.helpers import choose, wait_for_text
from tests.hub.hub_setup import (
    CHROMIUM_ARGS,
    DIAGNOSTIC,
    FIRST_WIDGET,
    REPO_NAME,
    Hub,
    HubSetupError,
    login_form,
    missing_prerequisites,
    run_as,
)
from tests.tools import chromium_path, require_tool

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
LOAD_MS = 180_000  # login + server start + git clone + kernel start, on 2 busy cores
# Which choice (0 = "1 · Pas du tout d'accord" ... 4 = "5 · Tout à fait d'accord") each participant
# picks for the first three statements: different answers, so a mix-up would show.
CHOICES = ([0, 1, 2], [4, 3, 4])


def _statement_ids() -> list[str]:
    from kit.content.library import load
    from kit.diagnostic.scoring import statement_order

    return [statement.id for statement in statement_order(load("diagnostic"))]


@pytest.fixture(scope="module")
def hub():
    for missing in missing_prerequisites():
        require_tool(None, missing)
    try:
        server = Hub(user_count=2).start()
    except HubSetupError as err:
        pytest.fail(f"JupyterHub set-up failed: {err}")
    yield server
    server.stop()
    assert not server.cleanup_problems, server.cleanup_problems


@pytest.fixture(scope="module")
def participants(hub, playwright):
    """Both participants reach the diagnostic and answer three statements; returns what each saw."""
    executable = chromium_path()
    seen = {}
    # The session's Playwright (tests/conftest.py); this browser only resolves 127.0.0.1.
    browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
    try:
        for number, (user, choices) in enumerate(zip(hub.users, CHOICES), start=1):
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            page.set_default_timeout(30_000)
            entry = hub.pull_link() if number == 1 else f"{hub.url}/hub/login"
            try:
                page.goto(entry, timeout=LOAD_MS)
                page.wait_for_selector("input[name=username]")
                login_form(page, user)
                page.wait_for_selector(FIRST_WIDGET, state="visible", timeout=LOAD_MS)
                landing = page.url
                for index, choice in enumerate(choices):
                    choose(page, index, choice)
                wait_for_text(page, ".kit-choice-count", rf"^{len(choices)} réponses? sur 25")
                SCREENSHOTS.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(SCREENSHOTS / f"jupyterhub-participant-{number}.png"))
            except Exception as err:
                raise AssertionError(f"participant {number} ({user}) at {page.url}: {err}\n"
                                     f"--- hub log (end) ---\n{hub.tail_log()}") from err
            finally:
                context.close()
            seen[user] = {"entry": entry, "landing": landing, "choices": choices}
    finally:
        browser.close()
    return seen


def test_both_participants_land_on_the_diagnostic_in_voila(hub, participants):
    for user, seen in participants.items():
        assert seen["landing"].startswith(f"{hub.url}/user/{user}/voila/render/{DIAGNOSTIC}"), seen
    first, second = hub.users
    assert "/hub/user-redirect/git-pull?" in participants[first]["entry"]  # the trainer's link
    assert participants[second]["entry"].endswith("/hub/login")  # Spawner.default_url did the rest


def test_nbgitpuller_cloned_the_notebooks_into_each_home(hub, participants):
    for user in participants:
        notebook = hub.home(user) / REPO_NAME / "notebooks" / "01_diagnostic.ipynb"
        assert notebook.is_file(), notebook
        assert notebook.stat().st_uid == hub.home(user).stat().st_uid  # pulled as the participant


def test_each_progress_file_holds_its_own_participants_answers(hub, participants):
    ids = _statement_ids()
    for user, seen in participants.items():
        saved = json.loads(hub.progress_file(user).read_text(encoding="utf-8"))
        expected = {ids[index]: choice + 1 for index, choice in enumerate(seen["choices"])}
        assert saved["diagnostic"]["assessments"][-1]["answers"] == expected, user


def test_progress_files_are_owner_only_and_the_other_participant_cannot_read_them(hub, participants):
    first, second = hub.users
    for owner, other in ((first, second), (second, first)):
        path = hub.progress_file(owner)
        info = path.stat()
        assert info.st_uid == hub.home(owner).stat().st_uid
        assert stat.S_IMODE(info.st_mode) == 0o600, oct(info.st_mode)
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700, oct(path.parent.stat().st_mode)
        assert run_as(owner, "cat", str(path)).returncode == 0  # the check below is not a broken runuser
        attempt = run_as(other, "cat", str(path))
        assert attempt.returncode != 0 and "Permission denied" in attempt.stderr, (attempt.returncode, attempt.stderr)


def test_hub_pages_wait_for_their_scripts_on_a_busy_server(hub):
    """deploy/jupyterhub/templates is in use: no 7-second RequireJS time-out on a loaded hub."""
    with urllib.request.urlopen(f"{hub.url}/hub/login", timeout=30) as answer:
        assert "require.config({ waitSeconds: 0 })" in answer.read().decode("utf-8")
