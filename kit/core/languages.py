"""Languages: French first, English available.

Kit strings (buttons, messages) live in ``kit/locales/*.yaml``; content
strings live in ``exercises/`` as ``{fr: ..., en: ...}`` pairs.

>>> t("lang.name", "en")
'English'
>>> pick({"fr": "Bonjour", "en": "Hello"}, "fr")
'Bonjour'
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from string import Formatter

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"


@lru_cache(maxsize=1)
def _catalogue() -> dict[str, dict[str, str]]:
    """Every ``kit/locales/*.yaml`` file merged (one file per part of the kit; a key lives in one file only)."""
    import yaml  # read once, at the first message; libyaml when available: pages start faster

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    merged: dict[str, dict[str, str]] = {}
    folder = resources.files("kit").joinpath("locales")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yaml"):
            for key, value in yaml.load(entry.read_text("utf-8"), Loader=loader).items():
                if key in merged:
                    raise KeyError(f"message key {key!r} is defined twice (kit/locales/{entry.name})")
                merged[key] = value
    return merged


def message_keys() -> set[str]:
    """Every key of the kit's message catalogue."""
    return set(_catalogue())


def t(key: str, lang: str = DEFAULT_LANGUAGE, **params) -> str:
    """The kit message ``key`` in ``lang``, with ``{placeholders}`` filled.

    Raises:
        KeyError: the key is not in the catalogue (a bug, caught by the tests).
    """
    entry = _catalogue()[key]
    text = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    return agree(_with_numbers(text, params, lang), lang).format(**params)


def _with_numbers(template: str, params: dict, lang: str) -> str:
    """``template`` with its numeric placeholders filled in and the others kept, so that
    :func:`agree` sees the counts but never touches text that comes from a user (a title,
    a file name). Numbers are written the language's way (``63 206``, ``12,5``; ``63,206``,
    ``12.5``: :mod:`kit.core.formatting`) unless the message gives a format of its own."""
    from kit.core.formatting import number

    parts = []
    for literal, name, spec, conversion in Formatter().parse(template):
        parts.append(literal.replace("{", "{{").replace("}", "}}"))
        if name is None:
            continue
        value = params.get(name)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and not conversion:
            parts.append(format(value, spec) if spec else number(value, lang, 0 if isinstance(value, int) else 1))
        else:
            parts.append("{" + name + ("!" + conversion if conversion else "") + (":" + spec if spec else "") + "}")
    return "".join(parts)


# A number as the kit writes it (digits grouped by a space or a comma, a decimal part), or a plural mark.
_PLURAL_MARK = re.compile(r"(\d{1,3}(?:[\u202f\u00a0 ,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)|\(s\)")


def _count(written: str, lang: str) -> float:
    """The value of a number written in ``lang`` (``1 000``, ``12,5``, ``1,000``, ``12.5``)."""
    if lang == "fr":
        return float(written.replace("\u202f", "").replace("\u00a0", "").replace(" ", "").replace(",", "."))
    return float(written.replace(",", ""))


def agree(text: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """Messages write a plural ending as ``(s)``; make it agree with the number before it.

    French: 0 and 1 (and anything below 2) take the singular; English: only 1 does.

    >>> agree("1 réponse(s) enregistrée(s) sur 25", "fr"), agree("0 file(s)", "en")
    ('1 réponse enregistrée sur 25', '0 files')
    >>> agree("1\u202f000 fichier(s)", "fr"), agree("1,000 file(s)", "en")
    ('1\u202f000 fichiers', '1,000 files')
    """
    count = None

    def replace(match: re.Match) -> str:
        nonlocal count
        if match.group(1) is not None:
            count = _count(match.group(1), lang)
            return match.group(1)
        if count is None:
            return match.group(0)  # no number before it: leave "(s)" as written
        singular = count < 2 if lang == "fr" else count == 1
        return "" if singular else "s"

    return _PLURAL_MARK.sub(replace, text)


def pick(text: dict | object, lang: str = DEFAULT_LANGUAGE) -> str:
    """The ``lang`` side of a bilingual content string (dict or model with fr/en)."""
    if isinstance(text, dict):
        return text.get(lang) or text[DEFAULT_LANGUAGE]
    return getattr(text, lang, None) or getattr(text, DEFAULT_LANGUAGE)


def check_language(lang: str | None) -> str:
    """``lang`` if supported, else the default (French)."""
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def notebook_language(cwd: Path | None = None) -> str:
    """The language of the notebook being run.

    ``$KIT_LANG`` wins, then the language of a prepared session folder; otherwise notebooks under ``notebooks/en/`` (and its
    ``formateur/`` folder) are English
    and all others French (Jupyter and Voilà start each kernel in the
    notebook's own folder).
    """
    forced = os.environ.get("KIT_LANG")
    if forced in LANGUAGES:
        return forced
    folder = cwd or Path.cwd()
    prepared = _prepared_language(folder)
    if prepared:
        return prepared
    english = folder.name == "en" or folder.parent.name == "en"  # notebooks/en/ and notebooks/en/formateur/
    return "en" if english else DEFAULT_LANGUAGE


def _prepared_language(folder: Path) -> str | None:
    """The language a session folder made by ``python -m kit prepare`` was prepared in."""
    import json

    from kit.core.paths import PREPARED_DATA_FOLDER, PREPARED_MARKER

    marker = folder / PREPARED_DATA_FOLDER / PREPARED_MARKER
    try:
        language = json.loads(marker.read_text(encoding="utf-8")).get("language")
    except (OSError, ValueError, AttributeError):
        return None
    return language if language in LANGUAGES else None


_OS_ERRORS = {  # errno name -> message key: the system's own wording is English
    "ENOENT": "oserror.not_found", "EACCES": "oserror.denied", "EPERM": "oserror.denied",
    "EISDIR": "oserror.is_folder", "ENOTDIR": "oserror.not_folder", "ENOSPC": "oserror.disk_full",
    "EROFS": "oserror.read_only", "EEXIST": "oserror.exists", "ENAMETOOLONG": "oserror.name_too_long",
}


def os_error_text(err: OSError, lang: str = DEFAULT_LANGUAGE) -> str:
    """Why a file could not be read or written, in the user's language.

    >>> os_error_text(FileNotFoundError(2, "No such file or directory"), "fr")
    'fichier ou dossier introuvable'
    """
    import errno

    key = _OS_ERRORS.get(errno.errorcode.get(err.errno or 0, ""))
    return t(key, lang) if key else (err.strerror or str(err))
