"""Read a YAML file and remember the line of every field, for precise messages.

>>> src = parse_yaml_text("kind: sectors\\nsectors:\\n  - id: boulangerie\\n", "x.yaml")
>>> src.data["sectors"][0]["id"], src.line_of(("sectors", 0, "id"))
('boulangerie', 3)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.constructor import SafeConstructor

from kit.content.problems import Problem, format_field

# PyYAML's own messages, in plain words for a trainer editing a file.
_YAML_HINTS = {
    "mapping values are not allowed here": "content.yaml_colon",
    "found character '\\t' that cannot start any token": "content.yaml_tab",
    "found a tab character": "content.yaml_tab",
    "while scanning a quoted scalar": "content.yaml_quote",
    "expected <block end>, but found": "content.yaml_indent",
    "could not find expected ':'": "content.yaml_missing_colon",
    "found undefined alias": "content.yaml_syntax",
    "expected ',' or '}'": "content.yaml_flow",
    "expected ',' or ']'": "content.yaml_flow",
}


@dataclass
class YamlSource:
    """The data of one YAML file and the line where each field starts."""

    path: str
    data: object = None
    lines: dict[tuple, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def line_of(self, loc: tuple) -> int:
        """The line of the deepest known part of ``loc`` (1 when nothing is known)."""
        loc = tuple(loc)
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return self.lines.get((), 1)

    def problem(self, loc: tuple, key: str, **params) -> Problem:
        return Problem(self.path, self.line_of(loc), format_field(loc), key, params)


def read_yaml(path: Path, shown_as: str | None = None) -> YamlSource:
    """Parse ``path``; unreadable bytes and syntax errors become problems, never exceptions."""
    name = shown_as or str(path)
    raw = Path(path).read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        src = YamlSource(name)
        src.problems.append(Problem(name, line, "", "content.not_utf8", {"byte": f"0x{raw[err.start]:02x}"}))
        return src
    return parse_yaml_text(text, name)


def parse_yaml_text(text: str, name: str) -> YamlSource:
    """Parse YAML text already decoded."""
    src = YamlSource(name)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
        if "quoted scalar" in str(getattr(err, "context", "")) and getattr(err, "context_mark", None):
            mark = err.context_mark  # where the quote was opened, not the end of the file
        line = mark.line + 1 if mark else 1
        src.problems.append(Problem(name, line, "", _hint_for(err), {"detail": _first_line(err)}))
        return src
    if root is None:
        src.problems.append(Problem(name, 1, "", "content.empty_file"))
        return src
    src.lines[()] = root.start_mark.line + 1
    src.data = _build(root, (), src, SafeConstructor())
    return src


def _hint_for(err: yaml.YAMLError) -> str:
    text = f"{getattr(err, 'context', '')} {getattr(err, 'problem', '')}"
    for needle, key in _YAML_HINTS.items():
        if needle in text:
            return key
    return "content.yaml_syntax"


def _first_line(err: yaml.YAMLError) -> str:
    return (getattr(err, "problem", None) or str(err)).splitlines()[0]


def _build(node, loc: tuple, src: YamlSource, constructor: SafeConstructor):
    src.lines.setdefault(loc, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        result = {}
        for key_node, value_node in node.value:
            key = constructor.construct_object(key_node)
            child = loc + (key,)
            if key in result:
                src.problems.append(Problem(src.path, key_node.start_mark.line + 1, format_field(child), "content.duplicate_key"))
                continue
            src.lines[child] = key_node.start_mark.line + 1
            result[key] = _build(value_node, child, src, constructor)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, loc + (i,), src, constructor) for i, item in enumerate(node.value)]
    return constructor.construct_object(node)
