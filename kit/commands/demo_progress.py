"""``python -m kit demo-progress``: write synthetic participants' progress files."""

from __future__ import annotations

import sys
from pathlib import Path

from kit.core.languages import os_error_text, t

HELP = {
    "fr": {
        "summary": "Écrit des fichiers de progression fictifs mais réalistes (pour essayer les rapports ou les exports).",
        "examples": """exemples :
  python -m kit demo-progress --seed 1 --out demo.json          # un participant
  python -m kit demo-progress --count 15 --out groupe/          # un groupe de 15 fichiers
  python -m kit demo-progress --count 1000 --seed 7 --out grand-groupe/
  python -m kit demo-progress --count 12 --sector boulangerie --out boulangers/

codes de sortie : 0 écrit, 2 erreur d’utilisation ou impossible d’écrire""",
    },
    "en": {
        "summary": "Writes synthetic but realistic progress files (to try reports or exports).",
        "examples": """examples:
  python -m kit demo-progress --seed 1 --out demo.json          # one participant
  python -m kit demo-progress --count 15 --out group/           # a group of 15 files
  python -m kit demo-progress --count 1000 --seed 7 --out big-group/
  python -m kit demo-progress --count 12 --sector boulangerie --out bakers/

exit codes: 0 written, 2 usage error or cannot write""",
    },
}


def add_arguments(parser, lang: str) -> None:
    fr = lang == "fr"
    parser.add_argument("--seed", type=int, default=1, help="graine : même graine, même fichier (défaut 1)" if fr else "seed: same seed, same file (default 1)")
    parser.add_argument("--count", type=int, help="nombre de fichiers à écrire dans le dossier --out" if fr else "number of files to write into the --out folder")
    parser.add_argument("--sector", help="tous les participants de ce secteur (identifiant de exercises/sectors.yaml)" if fr else "every participant in this sector (an id of exercises/sectors.yaml)")
    parser.add_argument("--out", type=Path, help="fichier (sans --count) ou dossier (avec --count)" if fr else "file (without --count) or folder (with --count)")


def run(args) -> int:
    from kit.core.files import atomic_write
    from kit.progress.store import progress_bytes
    from kit.trainer.demo import demo_progress, write_demo_files

    if args.out is None:
        print(t("cli.demo_need_out", args.lang), file=sys.stderr)
        return 2
    if args.count is not None and args.count < 1:
        print(t("cli.count_positive", args.lang), file=sys.stderr)
        return 2
    if args.sector is not None:
        from kit.content.library import load

        sectors = [s.id for s in load("sectors").sectors]
        if args.sector not in sectors:
            print(t("cli.prepare_unknown_sector", args.lang, sector=args.sector, choices=", ".join(sectors)), file=sys.stderr)
            return 2
    try:
        if args.count is None:
            atomic_write(args.out, [progress_bytes(demo_progress(args.seed, args.sector))])
            count = 1
        else:
            count = len(write_demo_files(args.out, args.count, first_seed=args.seed, sector=args.sector))
    except OSError as err:
        print(t("cli.cannot_write", args.lang, path=args.out, detail=os_error_text(err, args.lang)), file=sys.stderr)
        return 2
    print(t("cli.demo_written", args.lang, count=count, out=args.out))
    return 0
