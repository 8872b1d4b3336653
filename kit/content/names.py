"""What the participant and the trainer read for an id: names of barriers, platforms and modules.

One home for these lookups (every page, document and command uses them).

>>> barrier_names("fr")["temps"]
'Le temps'
>>> module_label("01", "en")
'01 · Barrier diagnostic'
>>> platform_names("fr")["x"]
'X (ex-Twitter)'
"""

from __future__ import annotations

from kit.content.library import load, load_all, module_entry
from kit.core.languages import pick


def barrier_names(lang: str) -> dict[str, str]:
    """Barrier id -> its name in ``lang``."""
    return {b.id: pick(b.name, lang) for b in load("modules").barriers}


def platform_names(lang: str) -> dict[str, str]:
    """Platform id -> its name (from ``exercises/platforms.yaml``)."""
    return {platform.id: pick(platform.name, lang) for file in load_all("platforms") for platform in file.platforms}


def module_titles(lang: str) -> dict[str, str]:
    """Module id -> its title in ``lang``, in the curriculum's order."""
    return {module.id: pick(module.title, lang) for module in load("modules").modules}


def module_label(module_id: str, lang: str) -> str:
    """``"01 · Diagnostic des freins"``: how a module is named in lists, paths and reports."""
    return f"{module_id} · {pick(module_entry(module_id).title, lang)}"
