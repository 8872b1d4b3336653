"""Start and stop a Voilà server on a free loopback port (tests and benchmarks).

>>> # with VoilaServer(root) as server: page.goto(server.url("notebooks/01_diagnostic.ipynb"))
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class VoilaServer:
    """``python -m voila ROOT`` in its own process group, with its own progress folder."""

    def __init__(self, root: Path = ROOT, data_dir: Path | None = None, env: dict | None = None, extra_args: list[str] | None = None):
        self.root = root
        self.extra_args = list(extra_args or [])
        self.port = free_port()
        self.data_dir = Path(data_dir or tempfile.mkdtemp(prefix="kit-voila-data-"))
        self.log = tempfile.NamedTemporaryFile(prefix="voila-", suffix=".log", delete=False)
        self.env = {**os.environ, "KIT_DATA_DIR": str(self.data_dir), "MPLBACKEND": "Agg", **(env or {})}
        self.process = None

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}/voila/render/{path}"

    def start(self, timeout: float = 60) -> "VoilaServer":
        self.process = subprocess.Popen(
            [sys.executable, "-m", "voila", str(self.root), "--no-browser", f"--port={self.port}", "--Voila.ip=127.0.0.1",
             "--ServerApp.log_level=WARN", *self.extra_args],
            cwd=self.root, env=self.env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Voilà stopped at start; log: {self.log.name}")
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/voila/tree", timeout=2)
                return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"Voilà did not answer within {timeout} s; log: {self.log.name}")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=5)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
