"""A validation finding, printed as ``path:line: field: message``.

>>> Problem("exercises/sectors.yaml", 4, "sectors[0].name.en", "content.translation_missing", {"language": "en"}).render("en")
'exercises/sectors.yaml:4: sectors[0].name.en: missing translation (en)'
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kit.core.languages import t


class Word(str):
    """A message parameter that is itself a catalogue key, translated when rendered."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one content file."""

    path: str
    line: int
    field: str
    key: str
    params: dict = field(default_factory=dict, compare=False)

    def message(self, lang: str = "fr") -> str:
        params = {k: t(v, lang) if isinstance(v, Word) else v for k, v in self.params.items()}
        return t(self.key, lang, **params)

    def render(self, lang: str = "fr") -> str:
        return f"{self.path}:{self.line}: {self.field or '-'}: {self.message(lang)}"


def format_field(loc: tuple) -> str:
    """``('sectors', 2, 'name', 'en')`` -> ``'sectors[2].name.en'``."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += ("." if text else "") + str(part)
    return text
