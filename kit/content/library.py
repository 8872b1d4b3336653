"""Load validated content by kind, once per process.

>>> load("sectors").sectors[0].id
'boulangerie'
"""

from __future__ import annotations

from functools import lru_cache

import yaml

from kit.content.kinds import KINDS, SINGLE_FILE_KINDS
from kit.content.validate import content_files, load_model, shown_path
from kit.content.yamlsource import read_yaml
from kit.paths import exercises_dir


class ContentError(Exception):
    """The content of ``exercises/`` is broken; ``problems`` say where."""

    def __init__(self, problems):
        super().__init__("\n".join(p.render() for p in problems))
        self.problems = problems


@lru_cache(maxsize=None)
def _all_models() -> tuple:
    problems, models = [], []
    for path in content_files([exercises_dir()]):
        model = _fast_load(path)
        if model is None:  # something is wrong: parse again, slowly, to say where
            model = load_model(read_yaml(path, shown_path(path)), problems)
        if model is not None:
            models.append(model)
    return tuple(models), tuple(problems)


def _fast_load(path):
    """Valid content through libyaml without line tracking (pages start faster); None if anything is off."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(path.read_bytes().decode("utf-8"), Loader=loader)
        schema = KINDS[data["kind"]]
        return schema.model_validate(data)
    except Exception:  # any problem: the slow path reports it precisely
        return None


def load(kind: str):
    """The one file of a single-file kind (``sectors``, ``modules``, ``diagnostic``…).

    Raises:
        ContentError: the file is missing or invalid.
    """
    assert kind in SINGLE_FILE_KINDS, kind
    found = load_all(kind)
    if not found:
        raise ContentError([])
    return found[0]


def load_all(kind: str) -> list:
    """Every valid file of ``kind`` (e.g. all ``facilitation`` notes).

    Raises:
        ContentError: a file of ``exercises/`` is invalid.
    """
    assert kind in KINDS, kind
    models, problems = _all_models()
    if problems:
        raise ContentError(list(problems))
    return [m for m in models if m.kind == kind]


def exercise(kind: str, exercise_id: str):
    """The exercise file of ``kind`` whose ``id`` is ``exercise_id``.

    Raises:
        ContentError: no such exercise (the validator reports why).
    """
    found = next((m for m in load_all(kind) if m.id == exercise_id), None)
    if found is None:
        raise ContentError([])
    return found


def module_entry(module_id: str):
    """The registry entry of a module (``"01"`` -> Diagnostic des freins)."""
    return next(m for m in load("modules").modules if m.id == module_id)


def facilitation(module_id: str):
    """The facilitation notes of a module, or None."""
    return next((f for f in load_all("facilitation") if f.module == module_id), None)


def clear_cache() -> None:
    """Forget loaded content (after a trainer edits a file, or in tests)."""
    _all_models.cache_clear()
