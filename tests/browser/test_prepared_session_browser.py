"""A prepared session opens in the participant view with the command ``prepare`` prints, typed as printed."""

from __future__ import annotations

import json
import os
import re
import shlex
import signal
import subprocess
import time
import urllib.request

from kit.cli import main
from tests.browser.conftest import FIRST_LOAD_MS
from tests.browser.voila_server import free_port


def test_the_printed_command_opens_the_session_on_its_sector(page, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["prepare", "--sector", "artisan_batiment", "--lang", "fr", "--modules", "00", "01", "--out", "seance"]) == 0
    printed = capsys.readouterr().out
    command = next(line.strip() for line in printed.splitlines() if line.startswith("  "))
    address = re.search(r"http://localhost:8866/\S+", printed).group(0)

    # The command is run exactly as printed; only the port (a free one) and "no browser" come from a
    # Jupyter setting, as a trainer's own machine could have them.
    port = free_port()
    settings = tmp_path / "jupyter-config"
    settings.mkdir()
    (settings / "voila.json").write_text(json.dumps({"Voila": {"port": port, "open_browser": False, "ip": "127.0.0.1"}}))
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(settings)}
    env.pop("KIT_DATA_DIR", None)  # the session keeps its own progress
    log = (tmp_path / "voila.log").open("w")
    server = subprocess.Popen(shlex.split(command), cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/voila/tree", timeout=2)
                break
            except OSError:
                assert server.poll() is None, (tmp_path / "voila.log").read_text()
                time.sleep(0.3)
        page.goto(address.replace("localhost:8866", f"127.0.0.1:{port}"), timeout=FIRST_LOAD_MS)
        page.wait_for_selector(".kit-nav", timeout=FIRST_LOAD_MS)
        # The sector it was prepared for, and links only to the session's own pages.
        page.wait_for_selector("select")
        assert page.locator("select").first.evaluate("s => s.value") == "Artisan du bâtiment"
        links = page.eval_on_selector_all(".kit-nav a", "links => links.map(a => a.getAttribute('href'))")
        assert links == ["01_diagnostic.ipynb", "01_diagnostic.ipynb"]
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    assert (tmp_path / "seance" / ".kit-donnees" / "progression.json").exists()
