"""``python -m kit binder-links``: rewrite the Binder badges of README.md from ``[tool.kit] repository``."""

from __future__ import annotations

import sys
from pathlib import Path

from kit.core.languages import os_error_text, t

HELP = {
    "fr": {
        "summary": "Réécrit les badges Binder du README (vue participant et JupyterLab) à partir de [tool.kit] repository de pyproject.toml.",
        "examples": """exemples :
  python -m kit binder-links                 # après avoir changé [tool.kit] repository (make badges fait pareil)
  python -m kit binder-links --print         # affiche seulement les deux liens
  python -m kit binder-links --check         # pour l’intégration continue : le README est-il à jour ?

codes de sortie : 0 à jour ou réécrit, 1 le README n’est pas à jour (--check), 2 pyproject.toml ou README illisible, bloc de badges absent""",
    },
    "en": {
        "summary": "Rewrites the README’s Binder badges (participant view and JupyterLab) from [tool.kit] repository in pyproject.toml.",
        "examples": """examples:
  python -m kit binder-links                 # after changing [tool.kit] repository (make badges does the same)
  python -m kit binder-links --print         # only print the two links
  python -m kit binder-links --check         # for CI: is the README up to date?

exit codes: 0 up to date or rewritten, 1 the README is out of date (--check), 2 unreadable pyproject.toml or README, no badge block""",
    },
}


def add_arguments(parser, lang: str) -> None:
    from kit.trainer.binder import PYPROJECT, README

    fr = lang == "fr"
    parser.add_argument("--readme", type=Path, default=README, help="le README à réécrire (défaut : README.md du dépôt)" if fr else "the README to rewrite (default: the repository’s README.md)")
    parser.add_argument("--pyproject", type=Path, default=PYPROJECT, help="où lire [tool.kit] repository (défaut : pyproject.toml du dépôt)" if fr else "where to read [tool.kit] repository (default: the repository’s pyproject.toml)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="ne rien écrire ; code 1 si le README n’est pas à jour" if fr else "write nothing; exit 1 if the README is out of date")
    mode.add_argument("--print", dest="print_only", action="store_true", help="afficher les liens sans toucher au README" if fr else "print the links without touching the README")


def run(args) -> int:
    from kit.trainer.binder import (
        BinderError,
        binder_links,
        repository_slug,
        with_badges,
    )

    lang = args.lang
    try:
        slug = repository_slug(args.pyproject)
        if args.print_only:
            for link in binder_links(slug):
                print(f"{link.who}: {link.url}")
            return 0
        try:
            text = args.readme.read_text(encoding="utf-8")
        except OSError as err:
            print(t("binder.cannot_read", lang, path=args.readme, detail=os_error_text(err, lang)), file=sys.stderr)
            return 2
        rebuilt = with_badges(text, slug)
    except BinderError as err:
        print(t(err.key, lang, **err.params), file=sys.stderr)
        return 2
    if rebuilt == text:
        print(t("binder.unchanged", lang, path=args.readme, slug=slug))
        return 0
    if args.check:
        print(t("binder.outdated", lang, path=args.readme, slug=slug), file=sys.stderr)
        return 1
    try:
        args.readme.write_text(rebuilt, encoding="utf-8")  # keeps the file's permissions (a progress file's 0600 is not for a README)
    except OSError as err:
        print(t("cli.cannot_write", lang, path=args.readme, detail=os_error_text(err, lang)), file=sys.stderr)
        return 2
    print(t("binder.written", lang, path=args.readme, slug=slug))
    return 0
