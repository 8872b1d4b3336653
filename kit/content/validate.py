"""Check content files and report ``path:line: field: message`` for each problem.

>>> from kit.core.paths import exercises_dir
>>> validate_paths([exercises_dir()]).problems
[]
"""

from __future__ import annotations

import typing
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ValidationError

from kit.content.kinds import KINDS, SINGLE_FILE_KINDS, schema_for
from kit.content.problems import Problem, Word
from kit.content.yamlsource import YamlSource, read_yaml
from kit.core.paths import content_files, exercises_dir, shown_path

# pydantic error type -> kit message key (kit/locales/messages.yaml)
_ERROR_KEYS = {
    "missing": "content.missing",
    "extra_forbidden": "content.unknown_field",
    "string_type": "content.not_text",
    "int_type": "content.not_integer",
    "int_parsing": "content.not_integer",
    "int_from_float": "content.not_integer",
    "float_type": "content.not_number",
    "float_parsing": "content.not_number",
    "bool_type": "content.not_bool",
    "bool_parsing": "content.not_bool",
    "list_type": "content.not_list",
    "dict_type": "content.not_mapping",
    "model_type": "content.not_mapping",
    "model_attributes_type": "content.not_mapping",
    "greater_than_equal": "content.too_small",
    "greater_than": "content.too_small",
    "less_than_equal": "content.too_large",
    "less_than": "content.too_large",
    "string_too_short": "content.empty_text",
    "string_too_long": "content.text_too_long",
    "too_short": "content.too_few",
    "too_long": "content.too_many",
    "literal_error": "content.bad_choice",
    "enum": "content.bad_choice",
    "string_pattern_mismatch": "content.bad_format",
}


@dataclass
class ValidationReport:
    """What the validator found: the problems and the files it read."""

    problems: list[Problem] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    models: dict[str, BaseModel] = field(default_factory=dict)
    references_checked: bool = False  # ids across files are checked only once every file reads well

    @property
    def ok(self) -> bool:
        return not self.problems


def validate_paths(paths: list[Path], reference_dir: Path | None = None) -> ValidationReport:
    """Validate files and folders; ids they use may be declared in ``reference_dir``.

    Args:
        paths: files or folders to check.
        reference_dir: the content used to resolve references (default ``exercises/``).
    """
    report = ValidationReport()
    checked = content_files(paths)
    checked_set = {p.resolve() for p in checked}
    for path in checked:
        name = shown_path(path)
        report.files.append(name)
        model = load_model(read_yaml(path, name), report.problems)
        if model is not None:
            report.models[name] = model
    if not report.problems:
        # With a broken file, its ids would look unknown everywhere else: a flood of false
        # problems hiding the real one. Cross-file checks wait until every file reads well.
        references = _reference_models(reference_dir or exercises_dir(), checked_set, report.models)
        report.problems += _cross_check(report.models, references)
        report.references_checked = True
    report.problems.sort(key=lambda p: (p.path, p.line, p.field))
    return report


def load_model(src: YamlSource, problems: list[Problem]) -> BaseModel | None:
    """Turn parsed YAML into its schema model; append problems and return None if it fails."""
    problems += src.problems
    if src.problems:
        return None
    if not isinstance(src.data, dict):
        problems.append(src.problem((), "content.not_mapping"))
        return None
    kind = src.data.get("kind")
    if kind is None:
        problems.append(src.problem(("kind",), "content.missing_kind", choices=", ".join(sorted(KINDS))))
        return None
    schema = schema_for(kind) if isinstance(kind, str) else None
    if schema is None:
        problems.append(src.problem(("kind",), "content.unknown_kind", value=kind, choices=", ".join(sorted(KINDS))))
        return None
    try:
        model = schema.model_validate(src.data)
    except ValidationError as err:
        problems += [_problem_from_error(src, schema, e) for e in err.errors()]
        return None
    model._source = src  # kept for line numbers of cross-file checks
    return model


def _problem_from_error(src: YamlSource, schema: type[BaseModel], error: dict) -> Problem:
    loc = tuple(part for part in error["loc"] if not (isinstance(part, str) and "[" in part))
    kind = error["type"]
    ctx = error.get("ctx", {})
    params: dict = {"value": _short(error.get("input"))}
    if kind == "missing" and loc and loc[-1] in ("fr", "en"):
        return src.problem(loc, "content.translation_missing", language=loc[-1])
    if kind == "string_too_short" and loc and loc[-1] in ("fr", "en"):
        return src.problem(loc, "content.translation_missing", language=loc[-1])
    if kind == "extra_forbidden":
        params["choices"] = ", ".join(_fields_at(schema, loc[:-1])) or "-"
    if kind in ("greater_than_equal", "greater_than"):
        params["limit"] = ctx.get("ge", ctx.get("gt"))
    if kind in ("less_than_equal", "less_than"):
        params["limit"] = ctx.get("le", ctx.get("lt"))
    if kind in ("too_short", "string_too_short"):
        params["limit"] = ctx.get("min_length")
    if kind in ("too_long", "string_too_long"):
        params["limit"] = ctx.get("max_length")
    if kind in ("literal_error", "enum"):
        params["choices"] = ctx.get("expected", "")
    if kind == "string_pattern_mismatch":
        params["pattern"] = ctx.get("pattern", "")
    key = _ERROR_KEYS.get(kind)
    if key is None:
        if kind.startswith("kit."):
            return src.problem(loc, kind[4:], **{**params, **ctx})
        return src.problem(loc, "content.invalid", detail=error.get("msg", kind))
    return src.problem(loc, key, **params)


def _short(value) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _fields_at(schema: type[BaseModel], loc: tuple) -> list[str]:
    """The field names allowed at ``loc`` inside ``schema`` (for "unknown field" messages)."""
    current: object = schema
    for part in loc:
        current = _unwrap(current)
        if isinstance(part, int):
            args = typing.get_args(current)
            current = args[0] if args else None
        elif isinstance(current, type) and issubclass(current, BaseModel):
            info = current.model_fields.get(part)
            current = info.annotation if info else None
        else:
            args = typing.get_args(current)
            current = args[-1] if args else None
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _unwrap(annotation):
    """Strip ``Annotated``/``Optional`` around a type."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin is typing.Union or str(origin) == "<class 'types.UnionType'>":
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = args[0] if len(args) == 1 else annotation
            if len(args) != 1:
                return annotation
        else:
            return annotation


def _reference_models(reference_dir: Path, checked: set[Path], own: dict) -> list[BaseModel]:
    """Models of the reference folder that the checked files do not replace.

    A checked file replaces the reference file of the same path, and — for
    single-file kinds (sectors, modules…) — every reference file of its kind.
    """
    own_kinds = {m.kind for m in own.values()} & SINGLE_FILE_KINDS
    models = []
    for path in content_files([reference_dir]) if reference_dir.is_dir() else []:
        if path.resolve() in checked:
            continue
        model = load_model(read_yaml(path, shown_path(path)), [])
        if model is None or model.kind in own_kinds:
            continue
        models.append(model)
    return models


# Namespaces declared from other ids (a diagnostic statement declares the answer
# "diagnostic.<id>"): only the ids they come from are checked for duplicates.
DERIVED = ("answer",)


def _cross_check(own: dict[str, BaseModel], references: list[BaseModel]) -> list[Problem]:
    problems: list[Problem] = []
    declared: dict[str, set[str]] = {}
    seen: dict[tuple[str, str], str] = {}
    for model in references:
        for ref in model.declared():
            declared.setdefault(ref.namespace, set()).add(ref.value)
    for name, model in own.items():
        for ref in model.declared():
            if ref.namespace.startswith(DERIVED):  # follows from ids checked for duplicates themselves
                declared.setdefault(ref.namespace, set()).add(ref.value)
                continue
            key = (ref.namespace, ref.value)
            if key in seen:
                problems.append(model._source.problem(ref.loc, "content.duplicate_id", value=ref.value, other=seen[key]))
            else:
                seen[key] = f"{name}:{model._source.line_of(ref.loc)}"
            declared.setdefault(ref.namespace, set()).add(ref.value)
    for model in own.values():
        for ref in model.references():
            known = declared.get(ref.namespace, set())
            if ref.value not in known:
                problems.append(
                    model._source.problem(
                        ref.loc,
                        "content.unknown_reference",
                        what=Word(f"ref.{ref.namespace.split(':')[0]}"),
                        value=ref.value,
                        choices=", ".join(sorted(known)) or "-",
                    )
                )
    return problems


def read_session(path: Path, data: bytes | None = None):
    """``(session, problems)``: a session file (``kind: session``) read and checked, or None and the problems.

    ``data``: the file's bytes when they do not come from disk (an upload).
    """
    import tempfile

    if data is not None:
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / Path(path).name
            copy.write_bytes(data)
            return read_session(copy)
    problems: list[Problem] = []
    src = read_yaml(path, shown_path(path))
    model = load_model(src, problems)
    if model is not None and model.kind != "session":
        problems.append(src.problem(("kind",), "content.bad_choice", value=model.kind, choices="session"))
        model = None
    return model, problems
