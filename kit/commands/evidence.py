"""``python -m kit evidence``: the Qualiopi evidence pack of a session (PDF documents and an index, in one ZIP)."""

from __future__ import annotations

import sys
from pathlib import Path

from kit.core.languages import os_error_text, t

HELP = {
    "fr": {
        "summary": "Construit le dossier de preuves Qualiopi d’une session (émargements, attestations de fin de formation, synthèse, index) à partir des fichiers de progression remis et d’un fichier de session.",
        "examples": """exemples :
  python -m kit evidence rendus/ --session ma-session.yaml --out preuves-session.zip
  python -m kit evidence rendus/ autres-rendus/ --session ma-session.yaml --out preuves.zip --lang en

Le fichier de session (modèle : docs/exemple-session.yaml) donne le titre, l’organisme, le formateur,
le lieu, la référence du financeur et les demi-journées avec leurs horaires.
Le dossier contient : une feuille d’émargement par demi-journée, une attestation de fin de formation
par participant (objectifs et résultat de l’évaluation), une synthèse de session (positionnement,
résultats, appréciations) et un index (HTML et CSV) qui relie chaque document à l’indicateur du
RNQ qu’il documente (8, 11, 30). Les noms n’apparaissent que dans ces documents du formateur.
Plusieurs fichiers d’un même participant : le plus récent est utilisé ; les fichiers abîmés sont mis de côté.
Le kit aide à produire des éléments de preuve ; il ne certifie rien.
codes de sortie : 0 dossier écrit, 1 le fichier de session contient des erreurs (listées fichier:ligne: champ: message),
2 aucun fichier de progression utilisable, fichier introuvable ou erreur d’utilisation""",
    },
    "en": {
        "summary": "Builds a session’s Qualiopi evidence pack (attendance sheets, certificates of completion, summary, index) from the progress files handed in and a session file.",
        "examples": """examples:
  python -m kit evidence handed-in/ --session my-session.yaml --out session-evidence.zip
  python -m kit evidence handed-in/ more/ --session my-session.yaml --out evidence.zip --lang en

The session file (template: docs/exemple-session.yaml) gives the title, organisation, trainer,
place, funder reference and the half-days with their times.
The pack holds: one attendance sheet per half-day, one certificate of completion per participant
(objectives and evaluation result), a session summary (positioning, results, appreciations) and an
index (HTML and CSV) linking each document to the RNQ indicator it documents (8, 11, 30).
Names appear only in these trainer-side documents.
Several files of the same participant: the newest is used; damaged files are set aside.
The kit helps produce evidence; it certifies nothing.
exit codes: 0 pack written, 1 the session file has errors (listed as file:line: field: message),
2 no usable progress file, missing file or usage error""",
    },
}


def add_arguments(parser, lang: str) -> None:
    fr = lang == "fr"
    parser.add_argument("inputs", nargs="+", type=Path, metavar="FICHIER_OU_DOSSIER" if fr else "FILE_OR_DIR",
                        help="les fichiers de progression remis, ou les dossiers qui les contiennent" if fr else "the progress files handed in, or the folders that hold them")
    parser.add_argument("--session", type=Path, required=True, help="fichier YAML de la session (kind: session)" if fr else "the session’s YAML file (kind: session)")
    parser.add_argument("--out", type=Path, required=True, help="dossier de preuves à écrire (.zip)" if fr else "evidence pack to write (.zip)")


def load_session(path: Path, lang: str):
    """``(session, problems)``: the validated session file, or None and the problems to print."""
    from kit.content.validate import read_session

    return read_session(path)


def run(args) -> int:
    from kit.cohort.files import progress_paths
    from kit.exports.evidence_pack import build_pack, write_pack

    lang = args.lang
    missing = [p for p in [args.session, *args.inputs] if not p.exists()]
    for path in missing:
        print(t("cli.no_such_path", lang, path=path), file=sys.stderr)
    if args.session in missing:
        return 2
    session, problems = load_session(args.session, lang)
    if problems:
        for problem in problems:
            print(problem.render(lang))
        print(t("cli.evidence_session_problems", lang, problems=len(problems), path=args.session), file=sys.stderr)
        return 1
    paths = progress_paths([p for p in args.inputs if p.exists()])
    pack = build_pack(session, paths, lang)
    for path, reason in pack.files.set_aside:
        print(t("cli.cohort_set_aside", lang, path=path, reason=reason), file=sys.stderr)
    if not pack.participants:
        print(t("cli.evidence_nothing", lang), file=sys.stderr)
        return 2
    try:
        write_pack(session, pack, args.out, lang)
    except OSError as err:
        print(t("cli.cannot_write", lang, path=args.out, detail=os_error_text(err, lang)), file=sys.stderr)
        return 2
    print(t("cli.evidence_written", lang, out=args.out, documents=len(pack.entries), participants=len(pack.participants), superseded=len(pack.files.superseded), aside=len(pack.files.set_aside)))
    return 0
