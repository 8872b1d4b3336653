"""Where the kit finds its content and keeps each participant's progress.

>>> exercises_dir().name
'exercises'
"""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
PROGRESS_FILE_NAME = "progression.json"
PREPARED_DATA_FOLDER = ".kit-donnees"  # the progress folder inside a session made by ``python -m kit prepare``
PREPARED_MARKER = "seance.json"         # in that folder: the session's language, sector and notebooks


def exercises_dir() -> Path:
    """The folder of YAML content: ``$KIT_EXERCISES_DIR`` or ``exercises/`` of the repository."""
    override = os.environ.get("KIT_EXERCISES_DIR")
    return Path(override) if override else REPO_ROOT / "exercises"


def notebooks_dir() -> Path:
    """The folder of the curriculum notebooks (French at the top, English in ``en/``)."""
    return REPO_ROOT / "notebooks"


def data_dir() -> Path:
    """The per-user folder for the autosaved progress file.

    ``$KIT_DATA_DIR`` wins; otherwise ``$XDG_DATA_HOME/kit-coaching`` or
    ``~/.local/share/kit-coaching``. On JupyterHub every user has their own
    home, hence their own folder.

    A session folder made by ``python -m kit prepare`` keeps its own progress
    (``.kit-donnees`` next to its notebooks), so that its pages show the sector
    it was prepared for, whichever way they are opened.
    """
    override = os.environ.get("KIT_DATA_DIR")
    if override:
        return Path(override)
    prepared = prepared_session_folder()
    if prepared is not None:
        return prepared
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "kit-coaching"


def prepared_session_folder(cwd: Path | None = None) -> Path | None:
    """The ``.kit-donnees`` folder of a prepared session, when the running notebook sits in one.

    Jupyter and Voilà start each kernel in its notebook's folder.
    """
    folder = (cwd or Path.cwd()) / PREPARED_DATA_FOLDER
    return folder if (folder / PREPARED_MARKER).is_file() else None


def content_files(paths: list[Path]) -> list[Path]:
    """Expand folders into their ``.yaml``/``.yml`` files, sorted."""
    files: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml"))
        else:
            files.append(path)
    return files


def shown_path(path: Path) -> str:
    """A path as a trainer would type it: relative to the repository when inside it."""
    try:
        return str(Path(path).resolve().relative_to(REPO_ROOT))
    except ValueError:
        return str(path)
