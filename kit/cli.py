"""``python -m kit <verb>``: the trainer's command line.

Every verb has ``--help`` with examples and the same exit codes:
0 success, 1 the input was read and has findings, 2 usage error or
unreadable input. Messages are French, English with ``--lang en``; no
traceback is ever shown.

>>> import contextlib, io
>>> with contextlib.redirect_stdout(io.StringIO()) as out:
...     code = main(["validate", "--lang", "en"])
>>> code, out.getvalue().strip().endswith("checked: no problems.")
(0, True)
"""

from __future__ import annotations

import sys

from kit.commands.parser import Parser, language_from_argv, use_language
from kit.core.languages import t

OK, FINDINGS, USAGE = 0, 1, 2

# verb -> (module with `add_arguments(parser, lang)` and `run(args) -> int`)
VERBS = {
    "validate": "kit.commands.validate",
    "demo-progress": "kit.commands.demo_progress",
    "progress-schema": "kit.commands.progress_schema",
    "check-post": "kit.commands.check_post",
    "export-plan": "kit.commands.export_plan",
    "cohort": "kit.commands.cohort",
    "prepare": "kit.commands.prepare",
    "binder-links": "kit.commands.binder_links",
    "evidence": "kit.commands.evidence",
}


def build_parser(lang: str) -> Parser:
    import importlib

    parser = Parser(prog="python -m kit", description=t("cli.description", lang))
    sub = parser.add_subparsers(dest="verb", required=True, metavar="COMMANDE" if lang == "fr" else "COMMAND", parser_class=Parser)
    for verb, module_name in VERBS.items():
        module = importlib.import_module(module_name)
        doc = module.HELP[lang]
        verb_parser = sub.add_parser(
            verb,
            help=doc["summary"],
            description=doc["summary"],
            epilog=doc["examples"],
            hint=t("cli.usage_hint", lang, verb=verb),
        )
        verb_parser.add_argument("--lang", choices=["fr", "en"], default="fr", help=t("cli.lang_help", lang))
        module.add_arguments(verb_parser, lang)
        verb_parser.set_defaults(run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one verb and return its exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = language_from_argv(argv)
    use_language(lang)
    try:
        parser = build_parser(lang)
        asks_help = "-h" in argv or "--help" in argv
        if not asks_help and not [word for word in argv if not word.startswith("-") and word not in ("fr", "en")]:
            # no command given: show every command with its one-line summary, not just "missing argument"
            print(parser.format_help(), file=sys.stderr)
            return USAGE
        args = parser.parse_args(argv)
        return args.run(args)
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else USAGE
    except KeyboardInterrupt:
        return USAGE
    except Exception as err:  # last resort: never show a traceback
        print(t("cli.unexpected", lang, detail=f"{type(err).__name__}: {err}"), file=sys.stderr)
        return USAGE
