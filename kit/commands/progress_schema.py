"""``python -m kit progress-schema``: write the progress file's JSON Schema."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kit.core.languages import os_error_text, t

SHIPPED = Path(__file__).resolve().parent.parent / "schemas" / "progress.schema.json"

HELP = {
    "fr": {
        "summary": "Écrit le schéma JSON du fichier de progression (pour les développeurs et les outils tiers).",
        "examples": """exemples :
  python -m kit progress-schema                      # met à jour kit/schemas/progress.schema.json
  python -m kit progress-schema --out schema.json

codes de sortie : 0 écrit, 2 impossible d’écrire""",
    },
    "en": {
        "summary": "Writes the progress file’s JSON Schema (for developers and third-party tools).",
        "examples": """examples:
  python -m kit progress-schema                      # updates kit/schemas/progress.schema.json
  python -m kit progress-schema --out schema.json

exit codes: 0 written, 2 cannot write""",
    },
}


def schema_text() -> str:
    from kit.progress.model import json_schema

    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def add_arguments(parser, lang: str) -> None:
    parser.add_argument("--out", type=Path, default=SHIPPED, help="fichier à écrire" if lang == "fr" else "file to write")


def run(args) -> int:
    try:
        args.out.write_text(schema_text(), encoding="utf-8")
    except OSError as err:
        print(t("cli.cannot_write", args.lang, path=args.out, detail=os_error_text(err, args.lang)), file=sys.stderr)
        return 2
    print(t("cli.schema_written", args.lang, out=args.out))
    return 0
