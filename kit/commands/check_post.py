"""``python -m kit check-post --platform P FILE...``: check draft posts against a platform's limits."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kit.core.formatting import number
from kit.core.languages import os_error_text, pick, t

PLATFORM_IDS = "x, linkedin, facebook, instagram, gbp"

HELP = {
    "fr": {
        "summary": "Vérifie des brouillons de publication pour une plateforme : longueur (décompte de X compris), "
        "texte visible avant « voir plus », hashtags, liens, ton.",
        "examples": """exemples :
  python -m kit check-post --platform linkedin brouillon.txt
  python -m kit check-post --platform x post1.txt post2.txt       # plusieurs fichiers
  echo "Nouvelle fournée à 16 h ! Qui en veut ?" | python -m kit check-post --platform x -
  python -m kit check-post --platform instagram --strict --json brouillons/*.txt

Chaque fichier est un texte UTF-8 qui contient une publication ; « - » lit l’entrée standard.
Les limites viennent de exercises/platforms.yaml (avec leur source et leur date).

codes de sortie : 0 tout est dans les limites, 1 au moins une publication dépasse une limite
(avec --strict : ou reçoit un conseil), 2 erreur d’utilisation ou fichier illisible""",
    },
    "en": {
        "summary": "Checks draft posts for one platform: length (X’s weighted count included), "
        "text shown before 'see more', hashtags, links, tone.",
        "examples": """examples:
  python -m kit check-post --platform linkedin draft.txt
  python -m kit check-post --platform x post1.txt post2.txt       # several files
  echo "Fresh bread at 4 pm! Who wants some?" | python -m kit check-post --platform x - --lang en
  python -m kit check-post --platform instagram --strict --json drafts/*.txt

Each file is a UTF-8 text holding one post; '-' reads standard input.
The limits come from exercises/platforms.yaml (with their source and date).

exit codes: 0 everything within the limits, 1 at least one post breaks a limit
(with --strict: or gets advice), 2 usage error or unreadable file""",
    },
}


def add_arguments(parser, lang: str) -> None:
    fr = lang == "fr"
    parser.add_argument(
        "--platform", required=True, metavar="PLATEFORME" if fr else "PLATFORM",
        help=f"plateforme visée : {PLATFORM_IDS}" if fr else f"target platform: {PLATFORM_IDS}",
    )
    parser.add_argument("--json", action="store_true", help="un objet JSON par fichier et par ligne" if fr else "one JSON object per file, one per line")
    parser.add_argument(
        "--strict", action="store_true",
        help="les conseils comptent aussi comme des échecs (code 1)" if fr else "advice counts as a failure too (exit code 1)",
    )
    parser.add_argument("files", nargs="+", metavar="FICHIER" if fr else "FILE", help="fichiers texte, ou - pour l’entrée standard" if fr else "text files, or - for standard input")


def run(args) -> int:
    from kit.content.library import ContentError, load

    lang = args.lang
    try:
        platforms = load("platforms")
    except ContentError:
        print(t("check_post.content_broken", lang), file=sys.stderr)
        return 2
    if args.platform not in platforms.ids():
        print(t("post.unknown_platform", lang, value=args.platform, choices=", ".join(platforms.ids())), file=sys.stderr)
        print(t("cli.usage_hint", lang, verb="check-post"), file=sys.stderr)
        return 2
    platform = platforms.platform(args.platform)
    checked = failed = unreadable = 0
    for name in args.files:
        text, error = read_post(name, lang)
        if error is not None:
            unreadable += 1
            print(error, file=sys.stderr)
            if args.json:
                print(json.dumps({"file": name, "platform": platform.id, "ok": False, "error": error}, ensure_ascii=False))
            continue
        checked += 1
        ok = _report(name, text, platform, args)
        failed += not ok
    if not args.json and checked:
        name = pick(platform.name, lang)
        if failed:
            key = "check_post.summary_failed_strict" if args.strict else "check_post.summary_failed"
            print(t(key, lang, failed=failed, count=checked, platform=name), file=sys.stderr)
        else:
            print(t("check_post.summary_ok", lang, count=checked, platform=name))
    if unreadable:
        return 2
    return 1 if failed else 0


def read_post(name: str, lang: str) -> tuple[str | None, str | None]:
    """``(text, None)`` or ``(None, message)``: the post in file ``name`` (``-``: standard input).

    The text is decoded as UTF-8 (a BOM is ignored) and only the file's final line ending is
    dropped (editors add one that is not part of the post); spaces and other blank lines count,
    as X counts them.
    """
    shown = t("check_post.stdin", lang) if name == "-" else name
    try:
        if name == "-":
            if sys.stdin is None:
                raise OSError("no standard input")
            data = sys.stdin.buffer.read()
        else:
            path = Path(name)
            if not path.exists():
                return None, t("cli.no_such_path", lang, path=name)
            data = path.read_bytes()
    except (OSError, ValueError) as err:
        return None, t("check_post.cannot_read", lang, file=shown, detail=os_error_text(err, lang))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return None, t("check_post.not_utf8", lang, file=shown, byte=f"0x{data[err.start]:02x}", position=err.start)
    return _without_final_line_ending(text), None


def _without_final_line_ending(text: str) -> str:
    r"""``text`` without the one line ending an editor adds at the end of a file.

    >>> _without_final_line_ending("Bonjour  \n"), _without_final_line_ending("Bonjour\r\n\r\n")
    ('Bonjour  ', 'Bonjour\r\n')
    """
    for ending in ("\r\n", "\n", "\r"):
        if text.endswith(ending):
            return text[: -len(ending)]
    return text


def _report(name: str, text: str, platform, args) -> bool:
    """Print what was found about one post; True when it passes (``--strict``: no warning at all)."""
    from kit.writing.post_check import check_post
    from kit.writing.verdict import verdict

    lang = args.lang
    check = check_post(text, platform, lang)
    ok = check.ok and not (args.strict and check.warnings)
    if args.json:
        print(json.dumps({"file": name, **check.to_dict(), "ok": ok}, ensure_ascii=False))
        return ok
    shown = t("check_post.stdin", lang) if name == "-" else name
    unit = t("check_post.unit_weighted" if platform.counting == "twitter_weighted" else "check_post.unit", lang)
    params = {"file": shown, "platform": pick(platform.name, lang), "length": number(check.length, lang),
              "limit": number(check.limit, lang), "unit": unit}
    headline = verdict(check, lang)
    print(t("check_post.headline", lang, symbol=headline.symbol, words=headline.words, **params))
    if platform.fold is not None and check.text.strip():
        if check.fold_at is None:
            print(t("check_post.no_fold", lang))
        else:
            print(t("check_post.preview", lang, preview=check.preview.rstrip().replace("\n", " ↵ ")))
    for warning in check.warnings:
        print(f"  [{t('check_post.' + warning.level, lang)}] {warning.message}")
    if not check.warnings:
        print(t("check_post.nothing", lang))
    return ok
