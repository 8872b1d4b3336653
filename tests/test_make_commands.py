"""The README's commands work as written, for a normal user and for root (containers, VMs, CI run as root)."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

from tests.browser.voila_server import free_port
from tests.tools import require_tool

ROOT = Path(__file__).resolve().parent.parent


def _installed() -> bool:
    """``make install`` has nothing left to do (``make lab`` will start at once)."""
    return subprocess.run(["make", "-q", "install"], cwd=ROOT, capture_output=True).returncode == 0


def _dry_run(*command: str) -> str:
    return subprocess.run([*command, "make", "-n", "lab"], cwd=ROOT, capture_output=True, text=True, check=True).stdout


def test_make_lab_starts_jupyterlab_for_the_user_running_it(tmp_path):
    require_tool(shutil.which("make") and _installed(), "make, and the kit installed by `make install`")
    port, token = free_port(), secrets.token_hex(8)
    env = {**os.environ, "JUPYTER_TOKEN": token, "BROWSER": "true",  # no browser window: `true URL` does nothing
           "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime")}
    log = (tmp_path / "lab.log").open("w")
    lab = subprocess.Popen(["make", "lab", f"LAB_PORT={port}"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                           start_new_session=True)
    try:
        status = None
        deadline = time.monotonic() + 90
        while status is None and time.monotonic() < deadline and lab.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status?token={token}", timeout=2) as answer:
                    status = json.loads(answer.read())
            except OSError:
                time.sleep(0.3)
        output = (tmp_path / "lab.log").read_text(errors="replace")
        assert status is not None, f"JupyterLab did not answer (make lab exited with {lab.poll()}):\n{output[-2000:]}"
        assert "started" in status
        assert "Running as root is not recommended" not in output
    finally:
        if lab.poll() is None:
            os.killpg(lab.pid, signal.SIGTERM)
            lab.wait(timeout=30)


def test_make_lab_allows_root_only_when_run_as_root():
    require_tool(shutil.which("make"), "make")
    mine = _dry_run()
    if os.geteuid() != 0:
        assert "--allow-root" not in mine
        return
    assert "--allow-root" in mine
    setpriv = require_tool(shutil.which("setpriv"), "setpriv (util-linux)")
    as_nobody = _dry_run(setpriv, "--reuid=65534", "--regid=65534", "--clear-groups")
    assert "jupyter lab" in as_nobody and "--allow-root" not in as_nobody
