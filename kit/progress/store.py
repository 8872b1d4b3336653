"""Load, autosave, download and restore the progress file — without ever losing it.

Writes are atomic (temporary file in the same folder, then rename) and
owner-only (mode 0600). A file that cannot be used is refused with a message
and the current state is kept.

>>> import tempfile, pathlib
>>> store = ProgressStore.open(pathlib.Path(tempfile.mkdtemp()) / "p.json")
>>> store.save().stat().st_mode & 0o777 == 0o600
True
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

from pydantic import ValidationError

from kit.content.problems import format_field
from kit.core.files import atomic_write
from kit.core.paths import progress_path
from kit.core.pseudonyms import pseudonym
from kit.progress.errors import ProgressError
from kit.progress.migrations import upgrade
from kit.progress.model import FILE_KIND, Progress, new_progress, now

MAX_UPLOAD_BYTES = 5 * 1024 * 1024


def parse_progress(raw: bytes) -> Progress:
    """Read progress bytes, migrating older versions.

    Raises:
        ProgressError: corrupt, foreign, too new or invalid; the message says which.
    """
    if len(raw) > MAX_UPLOAD_BYTES:
        raise ProgressError("progress.too_big", size=len(raw) // 1024)
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ProgressError("progress.not_text") from None
    except json.JSONDecodeError as err:
        raise ProgressError("progress.corrupt", line=err.lineno) from None
    if not isinstance(data, dict) or data.get("kind") != FILE_KIND:
        raise ProgressError("progress.foreign")
    data = upgrade(data)
    try:
        return Progress.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        raise ProgressError("progress.invalid", field=format_field(first["loc"]) or "-") from None


def progress_bytes(progress: Progress) -> bytes:
    """The progress file as pretty, stable UTF-8 JSON."""
    return (progress.model_dump_json(indent=2) + "\n").encode("utf-8")


class ProgressStore:
    """The progress of the participant using this machine (or this JupyterHub account)."""

    def __init__(self, path: Path, progress: Progress, notice: ProgressError | None = None):
        self.path = Path(path)
        self.progress = progress
        self.notice = notice  # why the file found at start was set aside, if it was

    @classmethod
    def open(cls, path: Path | None = None, lang: str = "fr") -> "ProgressStore":
        """Load the autosaved file, or start a new one.

        A file that cannot be used is renamed ``*.refuse-<date>.json`` (kept,
        never overwritten) and a fresh progress starts; ``notice`` says why.
        """
        path = Path(path) if path else progress_path()
        if not path.exists():
            return cls(path, new_progress(lang))
        try:
            return cls(path, parse_progress(path.read_bytes()))
        except (ProgressError, OSError) as err:
            error = err if isinstance(err, ProgressError) else ProgressError("progress.unreadable")
            kept = path.with_name(f"{path.stem}.refuse-{now():%Y%m%d-%H%M%S}.json")
            os.replace(path, kept)
            error.params["kept"] = kept.name
            error.key += "_kept"
            return cls(path, new_progress(lang), notice=error)

    def save(self) -> Path:
        """Autosave now (atomic, mode 0600)."""
        self.progress.saved_at = now()
        return atomic_write(self.path, [progress_bytes(self.progress)])

    def restore(self, raw: bytes) -> Progress:
        """Replace the current progress with an uploaded file, then save.

        Raises:
            ProgressError: the file is refused; the current progress is unchanged.
        """
        self.progress = parse_progress(raw)
        self.save()
        return self.progress

    def start_over(self) -> Progress:
        """Forget everything (for a shared machine): a new empty progress, saved."""
        self.progress = new_progress(self.progress.profile.language)
        self.save()
        return self.progress

    def download_name(self, today: datetime | None = None) -> str:
        """``progression-P-XXXXXX-2026-11-23.json``: pseudonym and date, never a bare name."""
        day = (today or now()).strftime("%Y-%m-%d")
        return f"progression-{pseudonym(self.progress.profile.id)}-{day}.json"

    def download_bytes(self) -> bytes:
        return progress_bytes(self.progress)

    def record_visit(self, module_id: str) -> None:
        """Note that a module page was opened (first and last time), then save."""
        from kit.progress.model import Visit

        stamp = now()
        visit = self.progress.visits.get(module_id)
        if visit is None:
            self.progress.visits[module_id] = Visit(first_seen=stamp, last_seen=stamp)
        else:
            visit.last_seen = stamp
        self.save()
