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
import re
from datetime import datetime
from pathlib import Path

from pydantic import ValidationError

from kit.content.problems import format_field
from kit.core.clock import now
from kit.core.files import atomic_write
from kit.core.paths import PROGRESS_FILE_NAME, data_dir
from kit.core.pseudonyms import pseudonym
from kit.progress.errors import ChangeRefused, ProgressError
from kit.progress.migrations import upgrade
from kit.progress.model import FILE_KIND, Progress, Visit, new_progress

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


# A participant's key in a shared data folder (room mode: one per browser): letters, digits, - and _.
PARTICIPANT_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{2,63}$")


def store_path(folder: Path | None = None, participant: str | None = None) -> Path:
    """Where a participant's progress lives: ``progression.json`` for the one user of a machine or an
    account, ``progression-<participant>.json`` when one server holds several participants.

    >>> store_path(Path("/data"), "sophie-4f2a").name
    'progression-sophie-4f2a.json'

    Raises:
        ValueError: the participant key is not made of letters, digits, - and _ (3 to 64 of them).
    """
    folder = Path(folder) if folder is not None else data_dir()
    if participant is None:
        return folder / PROGRESS_FILE_NAME
    if not PARTICIPANT_KEY.fullmatch(participant):
        raise ValueError(f"participant key {participant!r}: use 3 to 64 letters, digits, '-' or '_'")
    return folder / f"progression-{participant}.json"


class ProgressStore:
    """The progress of one participant, and the only way the kit writes it.

    Every save checks the whole document before the atomic write: its schema (what a
    later :func:`parse_progress` requires) and that every id it adds is declared by the
    content (:mod:`kit.progress.declared`). A change that fails is refused with
    :class:`ChangeRefused`, the file on disk is untouched and :attr:`progress` comes back
    to the last saved state.
    """

    def __init__(self, path: Path, progress: Progress, notice: ProgressError | None = None):
        self.path = Path(path)
        self.progress = progress
        self.notice = notice  # why the file found at start was set aside, if it was
        self._saved = progress.model_copy(deep=True)  # the last state known to be good (read or written)

    @classmethod
    def open(cls, path: Path | None = None, lang: str = "fr", *, folder: Path | None = None, participant: str | None = None) -> "ProgressStore":
        """Load the participant's autosaved file, or start a new one.

        ``path`` names the file directly; otherwise :func:`store_path` finds it from ``folder``
        (default: the user's data folder) and ``participant``. A file that cannot be used is
        renamed ``*.refuse-<date>.json`` (kept, never overwritten) and a fresh progress starts;
        ``notice`` says why.
        """
        path = Path(path) if path else store_path(folder, participant)
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
        """Autosave now (atomic, mode 0600), once the whole document has passed its checks.

        Raises:
            ChangeRefused: the change would give a file the kit refuses to read, or adds an id the
                content does not declare; nothing is written and the last saved state is back.
        """
        self.progress.saved_at = now()
        raw = progress_bytes(self.progress)
        try:
            checked = parse_progress(raw)
        except ProgressError as err:
            self._refuse(str(err.params.get("field", err.key)))
        added = self._undeclared_added(checked)
        if added:
            self._refuse(", ".join(sorted(added)[:3]))
        atomic_write(self.path, [raw])
        self._saved = checked
        return self.path

    def _undeclared_added(self, checked: Progress) -> set[str]:
        """Ids the change adds that the content does not declare (those already in the file stay)."""
        from kit.content.library import ContentError
        from kit.progress.declared import SECTIONS, undeclared

        changed = [name for name in SECTIONS if getattr(checked, name) != getattr(self._saved, name)]
        if not changed:
            return set()
        try:
            return undeclared(checked, changed) - undeclared(self._saved, changed)
        except ContentError:
            return set()  # the content itself is broken (the page says so): the schema check still holds

    def _refuse(self, detail: str):
        self.progress = self._saved.model_copy(deep=True)
        raise ChangeRefused(detail)

    def restore(self, raw: bytes) -> Progress:
        """Replace the current progress with an uploaded file, then save.

        Raises:
            ProgressError: the file is refused; the current progress is unchanged.
        """
        restored = parse_progress(raw)
        self.progress, self._saved = restored, restored.model_copy(deep=True)
        self.save()
        return self.progress

    def start_over(self) -> Progress:
        """Forget everything (for a shared machine): a new empty progress, saved."""
        self.progress = new_progress(self.progress.profile.language)
        self._saved = self.progress.model_copy(deep=True)
        self.save()
        return self.progress

    def download_name(self, today: datetime | None = None) -> str:
        """``progression-P-XXXXXX-2026-11-23.json``: pseudonym and date, never a bare name."""
        day = (today or now()).strftime("%Y-%m-%d")
        return f"progression-{pseudonym(self.progress.profile.id)}-{day}.json"

    def download_bytes(self) -> bytes:
        return progress_bytes(self.progress)

    def record_visit(self, module_id: str) -> None:
        """Note that a module page was opened (first and last time), then save.

        Raises:
            ChangeRefused: ``module_id`` is not a module of ``exercises/modules.yaml``.
        """
        stamp = now()
        visit = self.progress.visits.get(module_id)
        if visit is None:
            self.progress.visits[module_id] = Visit(first_seen=stamp, last_seen=stamp)
        else:
            visit.last_seen = stamp
        self.save()
