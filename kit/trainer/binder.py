"""Binder links built from one repository slug (``[tool.kit] repository`` in ``pyproject.toml``).

A fork changes that one line, then runs ``make badges`` (``python -m kit binder-links``),
which rewrites the badge block of ``README.md`` between ``<!-- badges:start -->`` and
``<!-- badges:end -->``.

>>> links = binder_links("kit-coaching/reseaux-sociaux")
>>> links[0].url
'https://mybinder.org/v2/gh/kit-coaching/reseaux-sociaux/HEAD?urlpath=voila/render/notebooks/00_bienvenue.ipynb'
>>> links[1].target
'notebooks/00_bienvenue.ipynb'
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from kit.core.paths import REPO_ROOT

PYPROJECT = REPO_ROOT / "pyproject.toml"
README = REPO_ROOT / "README.md"
START, END = "<!-- badges:start -->", "<!-- badges:end -->"
BADGE_IMAGE = "https://mybinder.org/badge_logo.svg"
LANDING = "notebooks/00_bienvenue.ipynb"
_SLUG = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$")


class BinderError(ValueError):
    """The slug or the README cannot be used; ``key`` and ``params`` give the message (kit/locales/binder.yaml)."""

    def __init__(self, key: str, **params):
        super().__init__(key)
        self.key = key
        self.params = params


@dataclass(frozen=True)
class BinderLink:
    who: str  # "participants" or "trainers"
    urlpath: str  # what Binder opens once the image is ready
    target: str  # the repository file that urlpath shows
    url: str
    alt: str
    label: str


def repository_slug(pyproject: Path = PYPROJECT) -> str:
    """``owner/name`` from ``[tool.kit] repository``."""
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise BinderError("binder.no_pyproject", path=pyproject, detail=getattr(err, "strerror", None) or err) from None
    slug = data.get("tool", {}).get("kit", {}).get("repository")
    if not isinstance(slug, str) or not _SLUG.match(slug.strip()):
        raise BinderError("binder.bad_slug", path=pyproject, slug=slug)
    return slug.strip()


def binder_links(slug: str) -> list[BinderLink]:
    """The participant link (Voilà, code hidden) and the trainer link (JupyterLab), both on the welcome page."""
    base = f"https://mybinder.org/v2/gh/{slug}/HEAD?urlpath="
    voila, lab = f"voila/render/{LANDING}", f"lab/tree/{LANDING}"
    return [
        BinderLink("participants", voila, LANDING, base + voila, "Binder : vue participant (Voilà)",
                   "**Participants** : la vue sans code (Voilà) / *participant view, no code*"),
        BinderLink("trainers", lab, LANDING, base + lab, "Binder : JupyterLab (formateurs)",
                   "**Formateurs** : JupyterLab, pages du formateur comprises / *trainers: JupyterLab*"),
    ]


def badge_block(slug: str) -> str:
    """The Markdown between (and including) the two markers."""
    lines = [START, f"<!-- Écrit par `make badges` à partir de [tool.kit] repository = \"{slug}\" (pyproject.toml) : ne pas modifier à la main. -->"]
    lines += [f"- [![{link.alt}]({BADGE_IMAGE})]({link.url}) {link.label}" for link in binder_links(slug)]
    lines.append(END)
    return "\n".join(lines)


def current_block(readme_text: str) -> str:
    """The badge block found in the README text (markers included)."""
    start, end = readme_text.find(START), readme_text.find(END)
    if start < 0 or end < start:
        raise BinderError("binder.no_markers", start=START, end=END)
    return readme_text[start : end + len(END)]


def with_badges(readme_text: str, slug: str) -> str:
    """The README text with its badge block rebuilt for ``slug`` (everything else unchanged)."""
    return readme_text.replace(current_block(readme_text), badge_block(slug), 1)


def urlpaths_in(block: str) -> list[str]:
    """Every ``urlpath=`` of the Binder links in a badge block."""
    return re.findall(r"https://mybinder\.org/v2/gh/[^)\s]+?\?urlpath=([^)\s]+)", block)


def file_of(urlpath: str) -> str:
    """The repository file a Binder ``urlpath`` opens (``voila/render/X`` or ``lab/tree/X`` -> ``X``)."""
    for prefix in ("voila/render/", "lab/tree/", "tree/"):
        if urlpath.startswith(prefix):
            return urlpath[len(prefix) :]
    return urlpath
