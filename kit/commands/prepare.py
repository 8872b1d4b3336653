"""``python -m kit prepare``: executed notebooks preset for a sector and a language, for a projector."""

from __future__ import annotations

import sys
from pathlib import Path

from kit.core.languages import os_error_text, t

HELP = {
    "fr": {
        "summary": "Prépare une séance : copies exécutées des notebooks, réglées sur un secteur et une langue, à ouvrir hors connexion sur un vidéoprojecteur.",
        "examples": """exemples :
  python -m kit prepare --sector boulangerie --lang fr --out seance-boulangers/
  python -m kit prepare --sector services_b2b --lang en --out session-consultants/
  python -m kit prepare --sector hotel_restaurant --lang fr --modules 00 01 04 --out demi-journee/

--lang choisit la langue de la séance (et des messages).
codes de sortie : 0 séance préparée, 1 un notebook n’a pas pu s’exécuter, 2 secteur inconnu ou erreur d’utilisation""",
    },
    "en": {
        "summary": "Prepares a session: executed copies of the notebooks, set to a line of business and a language, to open offline on a projector.",
        "examples": """examples:
  python -m kit prepare --sector boulangerie --lang fr --out bakers-session/
  python -m kit prepare --sector services_b2b --lang en --out consultants-session/
  python -m kit prepare --sector hotel_restaurant --lang fr --modules 00 01 04 --out half-day/

--lang chooses the language of the session (and of the messages).
exit codes: 0 session prepared, 1 a notebook could not run, 2 unknown sector or usage error""",
    },
}


def add_arguments(parser, lang: str) -> None:
    fr = lang == "fr"
    parser.add_argument("--sector", required=True, help="identifiant du secteur (exercises/sectors.yaml)" if fr else "sector id (exercises/sectors.yaml)")
    parser.add_argument("--modules", nargs="+", metavar="NN", help="seulement ces modules (défaut : tous)" if fr else "only these modules (default: all)")
    parser.add_argument("--out", type=Path, required=True, help="dossier à créer" if fr else "folder to create")


def run(args) -> int:
    from kit.content.library import load
    from kit.trainer.prepare import prepare_session, voila_command

    lang = args.lang
    sectors = [s.id for s in load("sectors").sectors]
    if args.sector not in sectors:
        print(t("cli.prepare_unknown_sector", lang, sector=args.sector, choices=", ".join(sectors)), file=sys.stderr)
        return 2
    try:
        written = prepare_session(args.sector, lang, args.out, args.modules)  # --lang: the session's language too
    except OSError as err:
        print(t("cli.cannot_write", lang, path=args.out, detail=os_error_text(err, lang)), file=sys.stderr)
        return 2
    except Exception as err:  # a notebook failed to run: say which, no traceback
        print(t("cli.prepare_failed", lang, detail=str(err).splitlines()[0] if str(err) else type(err).__name__), file=sys.stderr)
        return 1
    if not written:
        print(t("cli.prepare_none", lang), file=sys.stderr)
        return 2
    address = f"http://localhost:8866/voila/render/{written[0].name}"
    print(t("cli.prepare_done", lang, count=len(written), out=args.out, command=voila_command(args.out), address=address))
    return 0
