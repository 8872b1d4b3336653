"""Where the kit finds its content and keeps each participant's progress.

>>> exercises_dir().name
'exercises'
"""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
PROGRESS_FILE_NAME = "progression.json"


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
    """
    override = os.environ.get("KIT_DATA_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "kit-coaching"


def progress_path() -> Path:
    """The autosaved progress file of the current user."""
    return data_dir() / PROGRESS_FILE_NAME
