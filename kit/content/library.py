"""Load validated content by kind, once per process.

Every content file is checked before anything is shown, so a broken file
gives a plain message rather than a half-working page. Checking everything
costs about half a second (building every schema), so once all files have
passed, their fingerprint is noted in the user's data folder: while the
files and the kit's schemas stay the same, a page reads and checks only the
kinds it uses. Any edit changes the fingerprint, and everything is checked
again.

>>> load("sectors").sectors[0].id
'boulangerie'
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

from kit.content.kinds import KINDS, SINGLE_FILE_KINDS, schema_for
from kit.content.problems import Problem
from kit.core.paths import content_files, data_dir, exercises_dir, shown_path

# yaml, pydantic and the validator are imported when a file is read, not when a page imports the
# kit (benchmarks/import_time.py): many pages import this module before they show anything.

CHECKED_STAMP = "contenu-verifie.txt"  # in the data folder: fingerprint of content that passed every check
_KIND_LINE = re.compile(rb"^kind:[ \t]*[\"']?([a-z_]+)[\"']?[ \t]*(?:#.*)?$", re.MULTILINE)
_SCHEMA_SOURCES = Path(__file__).resolve().parent


class ContentError(Exception):
    """The content of ``exercises/`` is broken; ``problems`` say where (never an empty list)."""

    def __init__(self, problems):
        if not problems:
            raise ValueError("ContentError needs at least one problem saying what is wrong")
        super().__init__("\n".join(p.render() for p in problems))
        self.problems = problems


def _missing(field: str, key: str, **params) -> ContentError:
    """A ContentError for something the content does not hold at all (no file, no such id)."""
    return ContentError([Problem(shown_path(exercises_dir()), 0, field, key, params)])


def _known_kind(kind: str, kinds) -> None:
    if kind not in kinds:
        raise KeyError(f"content kind {kind!r} is not one of: {', '.join(sorted(kinds))}")


_loaded: dict[str, tuple] = {}  # kind -> its validated models, filled as kinds are used


def _read_one(path: Path, data: bytes, problems: list):
    """A file's model (``data``: its bytes): fast through libyaml; on any problem, parsed again slowly to say where."""
    model = _fast_load(data)
    if model is None:
        from kit.content.validate import load_model
        from kit.content.yamlsource import read_yaml

        model = load_model(read_yaml(path, shown_path(path)), problems)
    return model


def _fast_load(raw: bytes):
    """Valid content through libyaml without line tracking (pages start faster); None if anything is off."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(raw.decode("utf-8"), Loader=loader)
        return schema_for(data["kind"]).model_validate(data)
    except Exception:  # any problem: the slow path reports it precisely
        return None


def fingerprint(contents: dict[Path, bytes]) -> str:
    """A hash of the content files (names and bytes) and of the schemas that check them
    (their source and the pydantic version).

    >>> fingerprint({}) == fingerprint({})
    True
    """
    import pydantic

    digest = hashlib.sha256(pydantic.VERSION.encode("ascii"))
    schemas = {path: path.read_bytes() for path in sorted(_SCHEMA_SOURCES.glob("*.py"))}
    for path, data in [*contents.items(), *schemas.items()]:
        digest.update(str(path).encode("utf-8") + b"\0" + data + b"\0")
    return digest.hexdigest()


@lru_cache(maxsize=None)
def _checked_files() -> tuple[tuple[Path, bytes], ...]:
    """Every content file with its bytes (each read once), after making sure all of them
    are valid (raises ContentError otherwise)."""
    contents = {path: path.read_bytes() for path in content_files([exercises_dir()])}
    stamp = data_dir() / CHECKED_STAMP
    mark = fingerprint(contents)
    try:
        if stamp.read_text(encoding="utf-8").strip() == mark:
            return tuple(contents.items())
    except (OSError, UnicodeDecodeError):
        pass
    problems, by_kind = [], {}
    for path, data in contents.items():
        model = _read_one(path, data, problems)
        if model is not None:
            by_kind.setdefault(model.kind, []).append(model)
    if problems:
        raise ContentError(problems)
    _loaded.update({kind: tuple(models) for kind, models in by_kind.items()})
    _note_checked(stamp, mark)
    return tuple(contents.items())


def _note_checked(stamp: Path, mark: str) -> None:
    from kit.core.files import atomic_write

    try:
        atomic_write(stamp, [mark.encode("ascii") + b"\n"])
    except OSError:
        pass  # a read-only home: everything is simply checked again next time


def _kind_of(data: bytes) -> str | None:
    """The ``kind:`` of a file, read from its top-level line (None: parse it to know)."""
    found = _KIND_LINE.search(data)
    return found.group(1).decode("ascii") if found else None


def load_all(kind: str) -> list:
    """Every valid file of ``kind`` (e.g. all ``facilitation`` notes).

    Raises:
        ContentError: a file of ``exercises/`` is invalid.
    """
    _known_kind(kind, KINDS)
    files = _checked_files()
    if kind not in _loaded:
        problems, models = [], []
        for path, data in files:
            if _kind_of(data) in (kind, None):
                model = _read_one(path, data, problems)
                if model is not None and model.kind == kind:
                    models.append(model)
        if problems:
            raise ContentError(problems)
        _loaded[kind] = tuple(models)
    return list(_loaded[kind])


def load(kind: str):
    """The one file of a single-file kind (``sectors``, ``modules``, ``diagnostic``…).

    Raises:
        ContentError: the file is missing or invalid.
    """
    _known_kind(kind, SINGLE_FILE_KINDS)
    found = load_all(kind)
    if not found:
        raise _missing("kind", "content.kind_missing", kind=kind)
    return found[0]


def exercise(kind: str, exercise_id: str):
    """The exercise file of ``kind`` whose ``id`` is ``exercise_id``.

    Raises:
        ContentError: no such exercise (the validator reports why).
    """
    files = load_all(kind)
    found = next((m for m in files if m.id == exercise_id), None)
    if found is None:
        raise _missing("id", "content.id_missing", kind=kind, value=exercise_id, choices=", ".join(m.id for m in files) or "-")
    return found


def module_entry(module_id: str):
    """The registry entry of a module (``"01"`` -> Diagnostic des freins).

    Raises:
        ContentError: ``exercises/modules.yaml`` declares no such module (the message lists those it does).
    """
    modules = load("modules").modules
    found = next((m for m in modules if m.id == module_id), None)
    if found is None:
        raise _missing("modules", "content.module_missing", value=module_id, choices=", ".join(m.id for m in modules))
    return found


def facilitation(module_id: str):
    """The facilitation notes of a module, or None."""
    return next((f for f in load_all("facilitation") if f.module == module_id), None)


def clear_cache() -> None:
    """Forget loaded content (after a trainer edits a file, or in tests)."""
    _checked_files.cache_clear()
    _loaded.clear()
