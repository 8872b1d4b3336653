"""Prepared sessions: executed copies of the notebooks, preset for a sector and a language.

A trainer opens them offline on a projector: every page already shows its
widgets (widget state is stored in the files) with examples of the chosen
sector. Executing needs ``nbclient`` (installed with Voilà).
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from kit.core.files import atomic_write
from kit.core.paths import PREPARED_DATA_FOLDER, PREPARED_MARKER, notebooks_dir
from kit.progress.model import new_progress
from kit.progress.store import progress_bytes

DATA_FOLDER = PREPARED_DATA_FOLDER


def source_notebooks(lang: str, modules: list[str] | None = None) -> list[Path]:
    """The participant notebooks of ``lang`` (optionally only some module ids), in course order."""
    folder = notebooks_dir() / "en" if lang == "en" else notebooks_dir()
    found = sorted(folder.glob("0*.ipynb"))
    return [p for p in found if modules is None or p.name[:2] in modules]


def prepare_session(sector: str, lang: str, out: Path, modules: list[str] | None = None, timeout: int = 180) -> list[Path]:
    """Execute the notebooks into ``out`` with a fresh progress preset to ``sector`` and ``lang``.

    Returns the executed notebooks. The progress used lives in ``out/.kit-donnees``, with
    ``seance.json`` (language, sector, notebooks): opened later with JupyterLab or Voilà, the
    pages find them there (see :func:`kit.core.paths.data_dir`, :func:`kit.ui.navigation.prepared_notebooks`).
    """
    import nbformat
    from jupyter_client import KernelManager
    from nbclient import NotebookClient

    out = Path(out).resolve()  # the kernel runs inside ``out``: a relative path would point elsewhere
    out.mkdir(parents=True, exist_ok=True)
    data = out / DATA_FOLDER
    progress = new_progress(lang)
    progress.profile.sector = sector
    atomic_write(data / "progression.json", [progress_bytes(progress)])
    written = []
    sources = source_notebooks(lang, modules)
    previous = {key: os.environ.get(key) for key in ("KIT_DATA_DIR", "KIT_LANG", "KIT_PREPARED")}
    # KIT_PREPARED: the pages link only to the notebooks of this folder (see kit.ui.navigation)
    os.environ.update({"KIT_DATA_DIR": str(data), "KIT_LANG": lang, "KIT_PREPARED": " ".join(s.stem for s in sources)})
    try:
        for source in sources:
            notebook = nbformat.read(source, as_version=4)
            # A local socket file (ipc) instead of TCP: nothing listens on the network, and no warning about it.
            manager = KernelManager(kernel_name="python3", transport="ipc", ip=str(out / DATA_FOLDER / "kernel"))
            NotebookClient(notebook, km=manager, timeout=timeout, resources={"metadata": {"path": str(out)}}, store_widget_state=True).execute(
                stderr=subprocess.DEVNULL,  # the kernel's own log lines (English); errors still come back through nbclient
            )
            target = out / source.name
            nbformat.write(notebook, target)
            written.append(target)
    finally:
        for key, value in previous.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        for socket in data.glob("kernel-*"):
            socket.unlink(missing_ok=True)
    marker = {"language": lang, "sector": sector, "notebooks": [target.stem for target in written]}
    atomic_write(data / PREPARED_MARKER, [json.dumps(marker, ensure_ascii=False, indent=1).encode("utf-8")])
    shutil.copy(notebooks_dir().parent / "voila.json", out / "voila.json")
    return written


def voila_command(folder: Path, cwd: Path | None = None) -> str:
    """The command that opens a prepared folder in the participant view, exactly as the trainer can type it.

    Voilà is installed next to the Python running the kit (``.venv/bin/voila`` after ``make``);
    paths are shown relative to the current folder when they sit inside it.

    >>> voila_command(Path("seance"), cwd=Path("/tmp")).endswith(" seance --template=kit")
    True
    """
    cwd = Path(os.path.abspath(cwd or Path.cwd()))
    program = Path(sys.executable).with_name("voila")
    words = [_shown(program, cwd)] if program.exists() else [_shown(Path(sys.executable), cwd), "-m", "voila"]
    # The kit's page template (no CDN: nothing asked from the Internet), wherever the command is typed.
    return shlex.join([*words, _shown(Path(folder), cwd), "--template=kit"])


def _shown(path: Path, cwd: Path) -> str:
    absolute = Path(os.path.abspath(cwd / path))
    return str(absolute.relative_to(cwd)) if absolute.is_relative_to(cwd) else str(absolute)
