"""``python -m kit validate [PATH ...]``: check the content files."""

from __future__ import annotations

import sys
from pathlib import Path

from kit.core.languages import t

HELP = {
    "fr": {
        "summary": "Vérifie les fichiers YAML des exercices et affiche chaque problème sous la forme fichier:ligne: champ: message.",
        "examples": """exemples :
  python -m kit validate                       # tout le dossier exercises/
  python -m kit validate exercises/sectors.yaml
  python -m kit validate mes-exercices/ --lang en

codes de sortie : 0 aucun problème, 1 problème(s) trouvé(s), 2 fichier introuvable ou erreur d’utilisation""",
    },
    "en": {
        "summary": "Checks the exercise YAML files and prints each problem as file:line: field: message.",
        "examples": """examples:
  python -m kit validate                       # the whole exercises/ folder
  python -m kit validate exercises/sectors.yaml
  python -m kit validate my-exercises/ --lang en

exit codes: 0 no problem, 1 problem(s) found, 2 missing file or usage error""",
    },
}


def add_arguments(parser, lang: str) -> None:
    parser.add_argument("paths", nargs="*", metavar="CHEMIN" if lang == "fr" else "PATH", help="fichiers ou dossiers (défaut : exercises/)" if lang == "fr" else "files or folders (default: exercises/)")


def run(args) -> int:
    from kit.content.validate import validate_paths
    from kit.core.paths import content_files, exercises_dir

    paths = [Path(p) for p in args.paths] or [exercises_dir()]
    missing = [p for p in paths if not p.exists()]
    if missing:
        for path in missing:
            print(t("cli.no_such_path", args.lang, path=path), file=sys.stderr)
        return 2
    if not content_files(paths):
        print(t("cli.validate_none", args.lang, paths=" ".join(map(str, paths))), file=sys.stderr)
        return 2
    report = validate_paths(paths)
    for problem in report.problems:
        print(problem.render(args.lang))
    if report.problems:
        print(t("cli.validate_problems", args.lang, problems=len(report.problems), count=len(report.files)), file=sys.stderr)
        if not report.references_checked:
            print(t("cli.validate_references_later", args.lang), file=sys.stderr)
        return 1
    print(t("cli.validate_ok", args.lang, count=len(report.files)))
    return 0
