"""Start and stop the participant view on a free loopback port (tests and benchmarks).

Two ways, as participants meet it:

- :class:`VoilaServer`: standalone Voilà (``make voila``, a trainer's laptop);
- :class:`JupyterServerVoila`: Voilà inside a Jupyter server, as on Binder and
  JupyterHub (``/voila/render/…`` served by the server extension).

>>> # with VoilaServer(root) as server: page.goto(server.url("notebooks/01_diagnostic.ipynb"))
"""

from __future__ import annotations

import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# A line of a server's log that a participant's session must never produce: a refused or failed
# request (4xx/5xx), or a Python traceback.
_PROBLEM = re.compile(r"\b[45]\d\d (?:GET|POST|PUT|PATCH|DELETE|HEAD)\b|Traceback|\[E |\| ERROR\b|Exception in")
# Not a problem: a page left after its server restarted asks to stop a kernel the new server never had.
_HARMLESS = re.compile(r"\b404 POST /(?:\S*/)?voila/api/shutdown/\S+ .*(?:Kernel does not exist|\d+\.\d+ms)|wrote error: 'Kernel does not exist")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def log_problems(text: str) -> list[str]:
    """The lines of a server log that show a refused request (403…), a server error or a traceback.

    A page left after its server restarted asks the new server to stop a kernel it never had
    (404): that kernel is gone anyway, so it is not counted.

    >>> log_problems("[Voila] Kernel started: 1\\n403 POST /voila/api/shutdown/1 (127.0.0.1): '_xsrf' argument missing")
    ["403 POST /voila/api/shutdown/1 (127.0.0.1): '_xsrf' argument missing"]
    >>> log_problems("404 POST /voila/api/shutdown/2 (127.0.0.1): Kernel does not exist: 2\\n404 POST /voila/api/shutdown/2 (127.0.0.1) 1.24ms")
    []
    """
    return [line for line in text.splitlines() if _PROBLEM.search(line) and not _HARMLESS.search(line)]


class _Server:
    """A server in its own process group, with its own progress folder and log file."""

    ready_path = "/"

    def __init__(self, root: Path = ROOT, data_dir: Path | None = None, env: dict | None = None,
                 extra_args: list[str] | None = None, port: int | None = None):
        self.root = root
        self.extra_args = list(extra_args or [])
        self.port = port or free_port()
        self.data_dir = Path(data_dir or tempfile.mkdtemp(prefix="kit-voila-data-"))
        self.log = tempfile.NamedTemporaryFile(prefix="voila-", suffix=".log", delete=False)
        self.env = {**os.environ, "KIT_DATA_DIR": str(self.data_dir), "MPLBACKEND": "Agg", **(env or {})}
        self.process = None

    def command(self) -> list[str]:
        raise NotImplementedError

    def url(self, path: str) -> str:
        """The participant view of ``path`` (a notebook, relative to the root)."""
        return f"http://127.0.0.1:{self.port}/voila/render/{path}"

    def login_url(self, path: str) -> str:
        """The address of a browser's first page (the same as :meth:`url` where no login is needed)."""
        return self.url(path)

    def start(self, timeout: float = 60) -> "_Server":
        self.process = subprocess.Popen(
            self.command(), cwd=self.root, env=self.env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server stopped at start; log: {self.log.name}")
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}{self.ready_path}", timeout=2)
                return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"the server did not answer within {timeout} s; log: {self.log.name}")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=5)

    def log_text(self) -> str:
        return Path(self.log.name).read_text(encoding="utf-8", errors="replace")

    def log_problems(self) -> list[str]:
        """Refused requests, server errors and tracebacks in this server's log so far."""
        return log_problems(self.log_text())

    def kernel_pids(self) -> list[int]:
        """The kernels this server runs now (one per open page), read from Linux ``/proc``."""
        found, pending = [], [self.process.pid]
        while pending:
            pid = pending.pop()
            for task in Path(f"/proc/{pid}/task").glob("*"):
                try:
                    pending += [int(child) for child in (task / "children").read_text().split()]
                except OSError:
                    pass
            try:
                if pid != self.process.pid and b"ipykernel" in Path(f"/proc/{pid}/cmdline").read_bytes():
                    found.append(pid)
            except OSError:
                pass
        return found

    def wait_for_kernels(self, at_most: int, timeout: float = 60) -> int:
        """Wait until no more than ``at_most`` kernels run (pages left shut theirs down); return the count."""
        deadline = time.monotonic() + timeout
        count = len(self.kernel_pids())
        while count > at_most and time.monotonic() < deadline:
            time.sleep(0.5)
            count = len(self.kernel_pids())
        return count

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


class VoilaServer(_Server):
    """``python -m voila ROOT``, as ``make voila`` starts it."""

    ready_path = "/voila/tree"

    def command(self) -> list[str]:
        return [sys.executable, "-m", "voila", str(self.root), "--no-browser", f"--port={self.port}", "--Voila.ip=127.0.0.1",
                "--ServerApp.log_level=WARN", *self.extra_args]


class JupyterServerVoila(_Server):
    """A Jupyter server with Voilà as its extension, as on Binder and JupyterHub (the token logs the browser in).

    Open :meth:`login_url` first: the server then keeps the browser logged in by a cookie, as on Binder.
    """

    ready_path = "/api/status"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.token = secrets.token_hex(16)

    def command(self) -> list[str]:
        as_root = ["--allow-root"] if os.geteuid() == 0 else []
        return [sys.executable, "-m", "jupyter_server", "--no-browser", f"--port={self.port}", "--ip=127.0.0.1",
                f"--ServerApp.root_dir={self.root}", f"--IdentityProvider.token={self.token}",
                "--ServerApp.log_level=WARN", *as_root, *self.extra_args]

    def start(self, timeout: float = 60) -> "JupyterServerVoila":
        self.ready_path = f"/api/status?token={self.token}"
        return super().start(timeout)

    def login_url(self, path: str) -> str:
        """``url(path)`` with the token, for the first page of a browser."""
        return f"{self.url(path)}?token={self.token}"


CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
