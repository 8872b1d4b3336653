"""A real JupyterHub on loopback, as a training organisation would run it — for the tests and the load benchmark.

Everything lives under one temporary folder and is removed at the end:

- throw-away system users (``useradd --create-home``, then ``userdel --remove``);
- a Python environment those users can execute (see :func:`shared_python`);
- the kit's notebooks as a Git repository served by ``git daemon`` on 127.0.0.1
  (nbgitpuller clones it into each user's home, as it would from a Git host);
- JupyterHub (``DummyAuthenticator`` with a shared password, ``LocalProcessSpawner``)
  and configurable-http-proxy, on free loopback ports.

Needs root (it creates users). :func:`missing_prerequisites` says what is missing.
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import signal
import stat
import subprocess
import sys
import sysconfig
import tempfile
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from tests.browser.voila_server import CHROMIUM_ARGS as _BASE_CHROMIUM_ARGS
from tests.browser.voila_server import free_port

ROOT = Path(__file__).resolve().parents[2]
REPO_NAME = "kit-coaching"
DIAGNOSTIC = f"{REPO_NAME}/notebooks/01_diagnostic.ipynb"
FIRST_WIDGET = ".kit-radio-group input[type=radio]"
PASSWORD = "atelier-" + secrets.token_hex(6)
TEMPLATES = ROOT / "deploy" / "jupyterhub" / "templates"
PROXY_ENV = "KIT_HUB_PROXY"  # path of configurable-http-proxy, if it is not on PATH
# Files copied into the served repository: what a participant's nbgitpuller clone holds.
PULLED = ("notebooks", "voila.json", "README.md")


# Loopback only: the browser resolves no host name but 127.0.0.1 (Voilà's page asks a CDN for
# Font Awesome; that request now fails at once instead of trying DNS).
CHROMIUM_ARGS = [*_BASE_CHROMIUM_ARGS, "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"]


class HubSetupError(RuntimeError):
    """The hub could not be set up or did not answer; the message says what and where the logs are."""


# --- prerequisites -----------------------------------------------------------------

def proxy_path() -> str | None:
    """configurable-http-proxy: ``$KIT_HUB_PROXY``, then PATH (``npm install -g``), then ``build/hub-proxy``."""
    candidates = [os.environ.get(PROXY_ENV), shutil.which("configurable-http-proxy"),
                  str(ROOT / "build" / "hub-proxy" / "node_modules" / ".bin" / "configurable-http-proxy")]
    return next((c for c in candidates if c and os.access(c, os.X_OK)), None)


def tool(name: str) -> str | None:
    """A system tool, also found in the sbin folders when they are not on PATH (useradd, runuser...)."""
    return shutil.which(name) or next((f"{d}/{name}" for d in ("/usr/sbin", "/sbin", "/usr/bin")
                                       if os.access(f"{d}/{name}", os.X_OK)), None)


def missing_prerequisites() -> list[str]:
    """What this machine lacks to run the hub (empty when everything is there)."""
    missing = []
    if os.geteuid() != 0:
        missing.append("root (the hub test creates and removes system users)")
    for name, hint in (("useradd", "passwd"), ("userdel", "passwd"), ("runuser", "util-linux"), ("git", "git"),
                       ("node", "nodejs")):
        if not tool(name):
            missing.append(f"{name} (apt-get install -y {hint})")
    if shutil.which("git") and subprocess.run(["git", "daemon", "-h"], capture_output=True).returncode not in (0, 129):
        missing.append("git daemon (apt-get install -y git)")
    if not proxy_path():
        missing.append("configurable-http-proxy (npm install -g configurable-http-proxy@5.2.0)")
    for module in ("jupyterhub", "nbgitpuller", "voila"):
        try:
            __import__(module)
        except ImportError:
            missing.append(f"python package {module} (make install)")
    return missing


def readable_by_others(path: Path) -> bool:
    """True if a user who is neither owner nor in the group can reach and read ``path``."""
    path = Path(path).resolve()
    for parent in reversed(path.parents):
        if not parent.stat().st_mode & stat.S_IXOTH:
            return False
    mode = path.stat().st_mode
    return bool(mode & stat.S_IROTH) and (not path.is_dir() or bool(mode & stat.S_IXOTH))


# --- a Python environment the participants can execute -----------------------------------

@dataclass
class SharedPython:
    python: Path   # the interpreter the single-user servers and kernels run
    env: dict      # extra environment they need (LD_LIBRARY_PATH when the interpreter was copied)


def shared_python(workdir: Path) -> SharedPython:
    """An environment with the kit's packages that unprivileged users can execute.

    The project's ``.venv`` is usually fine for them (world-readable site-packages),
    but its base interpreter may live where they cannot go (pyenv under ``/root``,
    mode 0700). So this builds a small venv in ``workdir`` whose
    ``site-packages``, ``share`` and ``etc`` are symlinks to the project's ``.venv``
    (same packages, same pins, nothing installed twice), and whose base
    interpreter is a copy of the real one (binary, ``libpython``, standard
    library) when the real one is not readable by others. When the checkout itself
    is out of their reach, ``site-packages``, ``share``, ``etc`` and the kit's
    files are mirrored into ``workdir`` instead (hard links), and ``kit`` is
    imported from that mirror.
    """
    venv = Path(sys.prefix)
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    base_exe = Path(getattr(sys, "_base_executable", sys.executable)).resolve()
    libdir = Path(sysconfig.get_config_var("LIBDIR") or "/nonexistent")
    soname = sysconfig.get_config_var("INSTSONAME") if sysconfig.get_config_var("Py_ENABLE_SHARED") else None
    stdlib = Path(sysconfig.get_paths()["stdlib"]).resolve()
    extra_env: dict[str, str] = {}
    needs_copy = not readable_by_others(base_exe) or not readable_by_others(stdlib) or (
        soname and (libdir / soname).exists() and not readable_by_others(libdir / soname))
    if needs_copy:
        base = workdir / "python-base"
        (base / "bin").mkdir(parents=True)
        (base / "lib").mkdir()
        shutil.copy2(base_exe, base / "bin" / f"python{version}")
        if soname and (libdir / soname).exists():
            shutil.copy2(libdir / soname, base / "lib" / soname)
            extra_env["LD_LIBRARY_PATH"] = str(base / "lib")
        skip = shutil.ignore_patterns("site-packages", "test", "idlelib", "tkinter", "turtledemo", "ensurepip",
                                      "lib2to3", "config-*")
        shutil.copytree(stdlib, base / "lib" / f"python{version}", ignore=skip, symlinks=True)
        home = base / "bin"
        interpreter = home / f"python{version}"
    else:
        home, interpreter = base_exe.parent, base_exe
    env_dir = workdir / "python-env"
    (env_dir / "bin").mkdir(parents=True)
    (env_dir / "lib" / f"python{version}").mkdir(parents=True)
    (env_dir / "pyvenv.cfg").write_text(
        f"home = {home}\ninclude-system-site-packages = false\nversion = {'.'.join(map(str, sys.version_info[:3]))}\n",
        encoding="utf-8")
    (env_dir / "bin" / "python").symlink_to(interpreter)
    (env_dir / "bin" / "python3").symlink_to("python")
    site_packages = Path(sysconfig.get_paths()["purelib"])
    target = env_dir / "lib" / f"python{version}" / "site-packages"
    if all(readable_by_others(p) for p in (site_packages, ROOT / "kit", ROOT / "exercises")):
        target.symlink_to(site_packages)
        for shared in ("share", "etc"):
            if (venv / shared).exists():
                (env_dir / shared).symlink_to(venv / shared)
    else:
        # The checkout sits in a folder other users cannot enter (e.g. a CI clone under a 0700
        # temporary folder): mirror it here, hard links where possible (same file system, no copy).
        repo = workdir / "kit-repo"
        shutil.copytree(ROOT, repo, symlinks=True, ignore=shutil.ignore_patterns(
            ".venv", ".git", "build", ".pytest_cache", "__pycache__", "*.egg-info"))
        _mirror(site_packages, target, ignore=shutil.ignore_patterns("__editable__*"))
        (target / "kit-coaching-repo.pth").write_text(f"{repo}\n", encoding="utf-8")  # import kit from the mirror
        for shared in ("share", "etc"):
            if (venv / shared).exists():
                _mirror(venv / shared, env_dir / shared)
    return SharedPython(python=env_dir / "bin" / "python", env=extra_env)


def _mirror(source: Path, target: Path, ignore=None) -> None:
    """Copy a folder tree as hard links (instant, no space) or, across file systems, as copies."""
    def link_or_copy(src, dst):
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)
    shutil.copytree(source, target, symlinks=True, ignore=ignore, copy_function=link_or_copy)
    for folder in [target, *(p for p in target.rglob("*") if p.is_dir() and not p.is_symlink())]:
        folder.chmod(folder.stat().st_mode | 0o755)


# --- throw-away users --------------------------------------------------------------------

def user_names(count: int) -> list[str]:
    """``count`` fresh login names, e.g. ``kithub3fa2u01`` (lowercase, < 32 characters)."""
    token = secrets.token_hex(2)
    return [f"kithub{token}u{i:02d}" for i in range(1, count + 1)]


USER_COMMENT = "kit hub test pid "  # + the creating process id, in the GECOS field of each user


def create_users(names: list[str]) -> None:
    for name in names:
        subprocess.run([tool("useradd"), "--create-home", "--shell", "/bin/bash", "--comment",
                        f"{USER_COMMENT}{os.getpid()}", name], check=True, capture_output=True)


def leftover_users() -> list[str]:
    """Users that an earlier run created and could not remove (it was killed): its process is gone."""
    found = []
    for entry in pwd.getpwall():
        owner = entry.pw_gecos.removeprefix(USER_COMMENT)
        if entry.pw_name.startswith("kithub") and entry.pw_gecos.startswith(USER_COMMENT) and owner.isdigit() \
                and not Path(f"/proc/{owner}").exists():
            found.append(entry.pw_name)
    return found


def processes_of(uids: set[int]) -> list[int]:
    """Process ids whose real user id is in ``uids`` (read from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                for line in (entry / "status").read_text().splitlines():
                    if line.startswith("Uid:"):
                        if int(line.split()[1]) in uids:
                            found.append(int(entry.name))
                        break
            except (OSError, ValueError):
                continue
    return found


def remove_users(names: list[str]) -> list[str]:
    """Stop what the users still run (by process id), then ``userdel --remove``. Returns problems."""
    problems = []
    uids = set()
    for name in names:
        try:
            uids.add(pwd.getpwnam(name).pw_uid)
        except KeyError:
            pass
    deadline = time.monotonic() + 15
    while uids and (pids := processes_of(uids)) and time.monotonic() < deadline:
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        time.sleep(0.2)
    for name in names:
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        result = subprocess.run([tool("userdel"), "--remove", name], capture_output=True, text=True)
        if result.returncode not in (0, 12):  # 12: mail spool or home could not be removed (reported below)
            problems.append(f"userdel {name}: {result.stderr.strip()}")
        try:
            pwd.getpwnam(name)
            problems.append(f"user {name} still exists")
        except KeyError:
            pass
        home = Path("/home") / name
        if home.exists():
            shutil.rmtree(home, ignore_errors=True)
    return problems


def run_as(user: str, *command: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run a command as ``user`` (``runuser -u USER -- ...``), capturing its output."""
    prefix = [tool("runuser"), "-u", user, "--"]
    if env:
        prefix += ["env", *(f"{k}={v}" for k, v in env.items())]
    return subprocess.run([*prefix, *command], capture_output=True, text=True, timeout=120)


# --- the course repository, served by git daemon ------------------------------------------

class GitServer:
    """A bare repository with the kit's notebooks (as on disk now), served read-only on 127.0.0.1."""

    def __init__(self, workdir: Path):
        self.base = workdir / "git"
        self.port = free_port()
        self.process = None
        self.log = workdir / "git-daemon.log"

    @property
    def url(self) -> str:
        return f"git://127.0.0.1:{self.port}/{REPO_NAME}"

    def start(self) -> "GitServer":
        source = self.base / "source"
        source.mkdir(parents=True)
        for name in PULLED:
            path = ROOT / name
            if path.is_dir():
                shutil.copytree(path, source / name, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
            elif path.exists():
                shutil.copy2(path, source / name)
        git = ["git", "-c", "user.name=Kit test", "-c", "user.email=kit-test@localhost", "-c", "init.defaultBranch=main"]
        subprocess.run([*git, "init", "--quiet", "--initial-branch=main", str(source)], check=True)
        subprocess.run([*git, "-C", str(source), "add", "--all"], check=True)
        subprocess.run([*git, "-C", str(source), "commit", "--quiet", "-m", "Kit notebooks"], check=True)
        subprocess.run(["git", "clone", "--quiet", "--bare", str(source), str(self.base / REPO_NAME)], check=True)
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(
                ["git", "daemon", "--reuseaddr", "--export-all", "--informative-errors", "--listen=127.0.0.1",
                 f"--port={self.port}", f"--base-path={self.base}", str(self.base)],
                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if subprocess.run(["git", "ls-remote", self.url], capture_output=True).returncode == 0:
                return self
            if self.process.poll() is not None:
                break
            time.sleep(0.2)
        self.stop()
        raise HubSetupError(f"git daemon did not serve {self.url}; log: {self.log}")

    def stop(self) -> None:
        stop_group(self.process)


def stop_group(process: subprocess.Popen | None, timeout: float = 15) -> None:
    """SIGTERM a process group started with ``start_new_session=True``, then SIGKILL if needed."""
    if not process or process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)
    except ProcessLookupError:
        pass


# --- JupyterHub ---------------------------------------------------------------------------

CONFIG = """\
# Written by tests/hub/hub_setup.py: a loopback-only hub for the kit's tests.
c = get_config()  # noqa: F821
c.JupyterHub.bind_url = "http://127.0.0.1:{port}"
c.JupyterHub.hub_bind_url = "http://127.0.0.1:{hub_port}"
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{api_port}"
c.ConfigurableHTTPProxy.command = [{proxy!r}]
c.ConfigurableHTTPProxy.pid_file = {proxy_pid!r}
c.JupyterHub.db_url = "sqlite:///{workdir}/jupyterhub.sqlite"
c.JupyterHub.cookie_secret_file = {cookie!r}
c.JupyterHub.log_level = "INFO"
# Built-in authenticator with one shared password (the production equivalent is
# SharedPasswordAuthenticator, see docs/jupyterhub.md); only the test users may log in.
c.JupyterHub.authenticator_class = "dummy"
c.DummyAuthenticator.password = {password!r}
c.Authenticator.allowed_users = set({users!r})
# One single-user server per participant, run as their own system user.
c.JupyterHub.spawner_class = "localprocess"
c.Spawner.cmd = [{python!r}, "-m", "jupyterhub.singleuser"]
c.Spawner.ip = "127.0.0.1"
c.Spawner.environment = {environment!r}
c.Spawner.default_url = {default_url!r}
c.Spawner.start_timeout = {start_timeout}
c.Spawner.http_timeout = {start_timeout}
# A link to a server that is not running yet starts it, without a "Launch" button.
c.JupyterHub.implicit_spawn_seconds = 0.5
# The kit's page template: no 7-second script timeout on a busy hub (deploy/jupyterhub/templates).
c.JupyterHub.template_paths = [{templates!r}]
"""


def pull_query(repo_url: str, notebook: str = DIAGNOSTIC) -> str:
    """The nbgitpuller query: clone ``repo_url`` into ``~/kit-coaching``, then open ``notebook`` in Voilà."""
    return urllib.parse.urlencode({"repo": repo_url, "branch": "main", "targetpath": REPO_NAME,
                                   "urlpath": f"voila/render/{notebook}"})


@dataclass
class Hub:
    """JupyterHub + proxy + git daemon + users, all on 127.0.0.1; ``with Hub(n) as hub: ...``."""

    user_count: int = 2
    start_timeout: int = 120
    workdir: Path = None
    users: list[str] = field(default_factory=list)
    port: int = 0
    process: subprocess.Popen | None = None
    git: GitServer | None = None
    python: SharedPython | None = None
    cleanup_problems: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log(self) -> Path:
        return self.workdir / "jupyterhub.log"

    def pull_link(self, notebook: str = DIAGNOSTIC) -> str:
        """The link a trainer hands out: log in if needed, start the server, pull the notebooks, open Voilà."""
        return f"{self.url}/hub/user-redirect/git-pull?{pull_query(self.git.url, notebook)}"

    def home(self, user: str) -> Path:
        return Path(pwd.getpwnam(user).pw_dir)

    def progress_file(self, user: str) -> Path:
        return self.home(user) / ".local" / "share" / "kit-coaching" / "progression.json"

    def start(self) -> "Hub":
        missing = missing_prerequisites()
        if missing:
            raise HubSetupError("missing: " + "; ".join(missing))
        self.workdir = Path(tempfile.mkdtemp(prefix="kit-hub-"))
        self.workdir.chmod(0o755)  # the users traverse it to reach the shared Python
        try:
            self._start()
        except BaseException:
            self.stop()
            raise
        return self

    def _start(self) -> None:
        remove_users(leftover_users())
        self.python = shared_python(self.workdir)
        self.users = user_names(self.user_count)
        create_users(self.users)
        probe = run_as(self.users[0], str(self.python.python), "-c",
                       "import jupyterhub.singleuser, voila, nbgitpuller, kit.ui.page, sys; print(sys.prefix)",
                       env=self.python.env)
        if probe.returncode != 0:
            raise HubSetupError(f"the shared Python does not run as {self.users[0]}: {probe.stderr.strip()[-800:]}")
        self.git = GitServer(self.workdir).start()
        self.port, hub_port, api_port = free_port(), free_port(), free_port()
        # The repository's voila.json (no tracebacks, the kit's template) as a system-wide
        # Jupyter server setting, as docs/jupyterhub.md tells administrators to install it.
        voila_config = self.workdir / "jupyter-config" / "jupyter_server_config.d"
        voila_config.mkdir(parents=True)
        shutil.copy2(ROOT / "voila.json", voila_config / "kit-voila.json")
        environment = {**self.python.env, "PATH": f"{self.python.python.parent}:/usr/local/bin:/usr/bin:/bin",
                       "JUPYTER_CONFIG_PATH": str(self.workdir / "jupyter-config"),
                       "MPLBACKEND": "Agg", "PYTHONDONTWRITEBYTECODE": "1"}
        config = self.workdir / "jupyterhub_config.py"
        config.write_text(CONFIG.format(
            port=self.port, hub_port=hub_port, api_port=api_port, proxy=proxy_path(),
            proxy_pid=str(self.workdir / "proxy.pid"), workdir=self.workdir,
            cookie=str(self.workdir / "jupyterhub_cookie_secret"), password=PASSWORD, users=sorted(self.users),
            python=str(self.python.python), environment=environment,
            default_url=f"/git-pull?{pull_query(self.git.url)}", start_timeout=self.start_timeout,
            templates=str(TEMPLATES),
        ), encoding="utf-8")
        hub_env = {k: v for k, v in os.environ.items() if not k.startswith(("KIT_", "XDG_", "JUPYTER"))}
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "jupyterhub", "-f", str(config)], cwd=self.workdir, env=hub_env,
                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise HubSetupError(f"JupyterHub stopped at start; log: {self.log}\n{self.tail_log()}")
            try:
                with urllib.request.urlopen(f"{self.url}/hub/health", timeout=2) as answer:
                    if answer.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        raise HubSetupError(f"JupyterHub did not answer within 60 s; log: {self.log}\n{self.tail_log()}")

    def tail_log(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def pids(self) -> dict[str, list[int]]:
        """Process ids by role: hub, proxy, single-user servers, kernels (for memory figures)."""
        roles: dict[str, list[int]] = {"hub": [], "proxy": [], "single-user servers": [], "kernels": []}
        if self.process and self.process.poll() is None:
            roles["hub"].append(self.process.pid)
        try:
            roles["proxy"].append(int((self.workdir / "proxy.pid").read_text().strip()))
        except (OSError, ValueError):
            pass
        uids = {pwd.getpwnam(u).pw_uid for u in self.users}
        for pid in processes_of(uids):
            try:
                cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
            except OSError:
                continue
            if b"ipykernel" in cmdline:
                roles["kernels"].append(pid)
            elif b"jupyterhub.singleuser" in cmdline:
                roles["single-user servers"].append(pid)
        return roles

    def stop(self) -> None:
        """Stop the hub (which stops the servers and the proxy), then whatever is left, then remove the users."""
        stop_group(self.process, timeout=30)
        try:
            proxy_pid = int((self.workdir / "proxy.pid").read_text().strip())
            cmdline = Path(f"/proc/{proxy_pid}/cmdline").read_bytes()
            if b"configurable-http-proxy" in cmdline:
                os.kill(proxy_pid, signal.SIGKILL)
        except (OSError, ValueError, TypeError):
            pass
        if self.git:
            self.git.stop()
        self.cleanup_problems += remove_users(self.users)
        if self.workdir and not os.environ.get("KIT_HUB_KEEP"):
            shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self) -> "Hub":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def rss_kib(pid: int) -> int:
    """Resident memory of one process in KiB (0 if it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def memory_mib(hub: Hub) -> dict[str, float]:
    """Resident memory (MiB) by role and in total: hub, proxy, single-user servers, kernels.

    ``counts`` gives how many processes of each role were measured.
    """
    pids = hub.pids()
    figures: dict = {role: sum(rss_kib(p) for p in found) / 1024 for role, found in pids.items()}
    figures["total"] = sum(figures.values())
    figures["counts"] = {role: len(found) for role, found in pids.items()}
    return figures


def login_form(page, user: str, password: str = PASSWORD) -> None:
    """Fill JupyterHub's login form (the page must be on it)."""
    page.fill("input[name=username]", user)
    page.fill("input[name=password]", password)
    page.click("#login_submit")

