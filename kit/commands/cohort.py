"""``python -m kit cohort``: the group report of a workshop from the files participants handed in."""

from __future__ import annotations

import sys
from pathlib import Path

from kit.core.languages import os_error_text, t

PROGRESS_BAR_FROM = 200  # files; smaller cohorts need no progress bar

HELP = {
    "fr": {
        "summary": "Construit le rapport de groupe (une page HTML autonome) à partir des fichiers de progression remis par les participants.",
        "examples": """exemples :
  python -m kit cohort rendus/ --out rapport.html
  python -m kit cohort progression-P-ABC123-2026-11-23.json progression-P-XYZ789-2026-11-23.json --out rapport.html
  python -m kit cohort rendus/ --out rapport-nominatif.html --with-names

Par défaut les participants sont désignés par un code stable, sans nom ni e-mail.
Plusieurs fichiers d’un même participant : le plus récent est utilisé, les autres sont listés comme remplacés.
Les fichiers abîmés, étrangers ou trop récents sont mis de côté (listés dans le rapport et ici).
codes de sortie : 0 rapport écrit, 2 aucun fichier utilisable ou erreur d’utilisation""",
    },
    "en": {
        "summary": "Builds the group report (one self-contained HTML page) from the progress files participants handed in.",
        "examples": """examples:
  python -m kit cohort handed-in/ --out report.html
  python -m kit cohort progression-P-ABC123-2026-11-23.json progression-P-XYZ789-2026-11-23.json --out report.html
  python -m kit cohort handed-in/ --out named-report.html --with-names

By default participants are shown by a stable code, without name or e-mail.
Several files of the same participant: the newest is used, the others are listed as replaced.
Damaged, foreign or too-new files are set aside (listed in the report and here).
exit codes: 0 report written, 2 no usable file or usage error""",
    },
}


def add_arguments(parser, lang: str) -> None:
    fr = lang == "fr"
    parser.add_argument("inputs", nargs="+", type=Path, metavar="FICHIER_OU_DOSSIER" if fr else "FILE_OR_DIR",
                        help="les fichiers de progression remis, ou les dossiers qui les contiennent" if fr else "the progress files handed in, or the folders that hold them")
    parser.add_argument("--out", type=Path, required=True, help="rapport HTML à écrire" if fr else "HTML report to write")
    parser.add_argument("--with-names", action="store_true", help="afficher noms et e-mails (usage interne du formateur)" if fr else "show names and e-mails (trainer’s own use)")


class ProgressBar:
    """A text progress bar on stderr for large cohorts (one line, rewritten; 10 % steps without a terminal)."""

    def __init__(self, total: int, stream=sys.stderr):
        self.total, self.stream, self.shown = total, stream, -1
        self.live = stream.isatty()

    def __call__(self, done: int, total: int) -> None:
        percent = 100 * done // total
        step = percent if self.live else percent - percent % 10
        if step == self.shown:
            return
        self.shown = step
        bar = "#" * (step // 5) + "." * (20 - step // 5)
        self.stream.write(f"\r[{bar}] {step:3d} % ({done}/{total})" if self.live else f"[{bar}] {step:3d} % ({done}/{total})\n")
        if self.live and done == total:
            self.stream.write("\n")
        self.stream.flush()


def run(args) -> int:
    from kit.charts.cohort import load_chart_library
    from kit.cohort.files import collect, progress_paths, reading_processes
    from kit.exports.cohort_report import report_html

    lang = args.lang
    missing = [p for p in args.inputs if not p.exists()]
    for path in missing:
        print(t("cli.no_such_path", lang, path=path), file=sys.stderr)
    paths = progress_paths([p for p in args.inputs if p.exists()])
    bar = ProgressBar(len(paths)) if len(paths) >= PROGRESS_BAR_FROM else None
    files = collect(paths, lang, on_file=bar, processes=reading_processes(len(paths)), meanwhile=load_chart_library)
    for path, reason in files.set_aside:
        print(t("cli.cohort_set_aside", lang, path=path, reason=reason), file=sys.stderr)
    if not files.kept:
        print(t("cli.cohort_nothing", lang), file=sys.stderr)
        return 2
    try:
        args.out.write_text(report_html(files, lang, with_names=args.with_names), encoding="utf-8")
    except OSError as err:
        print(t("cli.cannot_write", lang, path=args.out, detail=os_error_text(err, lang)), file=sys.stderr)
        return 2
    print(t("cli.cohort_written", lang, out=args.out, participants=len(files.kept), superseded=len(files.superseded), aside=len(files.set_aside)))
    return 0
