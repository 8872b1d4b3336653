"""``python -m kit export-plan``: a participant's plan as HTML, Markdown, .ics or CSV."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from kit.core.languages import os_error_text, t

FORMATS = ("html", "md", "ics", "csv", "csv-excel")

HELP = {
    "fr": {
        "summary": "Exporte le plan d’un participant : page à imprimer (html), Markdown (md), agenda (ics) ou tableau (csv, csv-excel).",
        "examples": """exemples :
  python -m kit export-plan --progress progression-P-XXXXXX.json --format ics --out plan.ics
  python -m kit export-plan --progress p.json --format html --out plan.html
  python -m kit export-plan --progress p.json --format csv-excel --start 2026-12-01 --out plan.csv

csv : virgules, UTF-8, dates AAAA-MM-JJ ; csv-excel : points-virgules, UTF-8 avec BOM, dates JJ/MM/AAAA (Excel en français).
--start recalcule le calendrier à partir d’une nouvelle date de début.
codes de sortie : 0 écrit, 1 le fichier ne contient pas ce qu’il faut (routine, réseaux…), 2 erreur d’utilisation ou fichier illisible""",
    },
    "en": {
        "summary": "Exports a participant’s plan: printable page (html), Markdown (md), calendar (ics) or table (csv, csv-excel).",
        "examples": """examples:
  python -m kit export-plan --progress progression-P-XXXXXX.json --format ics --out plan.ics
  python -m kit export-plan --progress p.json --format html --out plan.html
  python -m kit export-plan --progress p.json --format csv-excel --start 2026-12-01 --out plan.csv

csv: commas, UTF-8, YYYY-MM-DD dates; csv-excel: semicolons, UTF-8 with BOM, DD/MM/YYYY dates (French Excel).
--start rebuilds the calendar from a new start date.
exit codes: 0 written, 1 the file lacks what the plan needs (routine, networks…), 2 usage error or unreadable file""",
    },
}


def _day(text: str) -> date:
    import argparse

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} : AAAA-MM-JJ / YYYY-MM-DD") from None


def add_arguments(parser, lang: str) -> None:
    fr = lang == "fr"
    parser.add_argument("--progress", type=Path, required=True, help="fichier de progression du participant" if fr else "the participant’s progress file")
    parser.add_argument("--format", choices=FORMATS, required=True, help="format à produire" if fr else "format to write")
    parser.add_argument("--start", type=_day, help="nouvelle date de début AAAA-MM-JJ" if fr else "new start date YYYY-MM-DD")
    parser.add_argument("--out", type=Path, required=True, help="fichier à écrire" if fr else "file to write")


def run(args) -> int:
    from kit.exports.plan import plan_csv, plan_html, plan_ics, plan_markdown
    from kit.planning.plan import missing_for_calendar, plan_document
    from kit.progress.errors import ProgressError
    from kit.progress.store import parse_progress

    lang = args.lang
    try:
        progress = parse_progress(args.progress.read_bytes())
    except OSError as err:
        print(t("cli.cannot_read", lang, path=args.progress, detail=os_error_text(err, lang)), file=sys.stderr)
        return 2
    except ProgressError as err:
        print(f"{args.progress} : {err.message(lang)}", file=sys.stderr)
        return 2
    missing = missing_for_calendar(progress, args.start)
    if missing:
        print(t("cli.plan_missing", lang, path=args.progress), file=sys.stderr)
        for key in missing:
            print(f"  - {t(key, lang)}", file=sys.stderr)
        return 1
    doc = plan_document(progress, lang, args.start)
    writers = {
        "html": lambda: plan_html(doc, lang).encode("utf-8"),
        "md": lambda: plan_markdown(doc, lang).encode("utf-8"),
        "ics": lambda: plan_ics(doc, lang),
        "csv": lambda: plan_csv(doc, lang),
        "csv-excel": lambda: plan_csv(doc, lang, excel=True),
    }
    try:
        args.out.write_bytes(writers[args.format]())
    except OSError as err:
        print(t("cli.cannot_write", lang, path=args.out, detail=os_error_text(err, lang)), file=sys.stderr)
        return 2
    print(t("cli.plan_written", lang, out=args.out, posts=len(doc.posts), checks=len(doc.check_ins)))
    return 0
