"""An ``argparse`` parser that speaks French and exits 2 on usage errors.

argparse builds its own messages ("usage:", "the following arguments are
required") through ``gettext``; :func:`use_language` swaps in the
translations below, so every message of ``python -m kit`` is French by
default and English with ``--lang en``.
"""

from __future__ import annotations

import argparse
import sys

# argparse's own message templates (Python 3.11–3.13) in French.
_ARGPARSE_FR = {
    "usage: ": "utilisation : ",
    "positional arguments": "ce que la commande lit",
    "options": "options",
    "optional arguments": "options",
    "show this help message and exit": "affiche cette aide puis s’arrête",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide : %(value)r (choix possibles : %(choices)s)",
    "invalid %(type)s value: %(value)r": "valeur invalide : %(value)r",
    "expected one argument": "une valeur est attendue",
    "expected at least one argument": "au moins une valeur est attendue",
    "not allowed with argument %s": "incompatible avec l’argument %s",
    "one of the arguments %s is required": "l’un de ces arguments est obligatoire : %s",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë : %(option)s peut désigner %(matches)s",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
}
_LANGUAGE = ["fr"]
# The placeholder shown for an option's value in the help ("--out SORTIE"), in French; English keeps argparse's own.
_METAVARS_FR = {"out": "SORTIE", "readme": "FICHIER", "pyproject": "FICHIER", "seed": "NOMBRE", "count": "NOMBRE",
                "sector": "SECTEUR", "session": "FICHIER", "progress": "FICHIER", "start": "DATE"}


def _translate(message: str) -> str:
    return _ARGPARSE_FR.get(message, message) if _LANGUAGE[0] == "fr" else message


def _ntranslate(singular: str, plural: str, n: int) -> str:
    return _translate(singular if n == 1 else plural)


def use_language(lang: str) -> None:
    """Make argparse's own messages French (``fr``) or English (``en``)."""
    _LANGUAGE[0] = lang
    argparse._ = _translate
    argparse.ngettext = _ntranslate


def language_from_argv(argv: list[str]) -> str:
    """Read ``--lang en`` / ``--lang=en`` early, before the parser exists."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return "en" if argv[i + 1] == "en" else "fr"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "fr"
    return "fr"


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """argparse's help, with the headings in the language of the messages and French spacing before ":"."""

    def start_section(self, heading):
        # argparse writes "heading:"; French typography wants "heading :".
        super().start_section(f"{heading} " if heading and _LANGUAGE[0] == "fr" else heading)


class Parser(argparse.ArgumentParser):
    """Prints the error and a hint to ``--help``, then exits 2."""

    def __init__(self, *args, hint: str = "", **kwargs):
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)
        self.hint = hint

    def add_argument(self, *names, **kwargs):
        """An option of the command; its value's placeholder is French when the messages are."""
        dest = kwargs.get("dest") or names[0].lstrip("-").replace("-", "_")
        if _LANGUAGE[0] == "fr" and names[0].startswith("--") and "metavar" not in kwargs and dest in _METAVARS_FR:
            kwargs["metavar"] = _METAVARS_FR[dest]
        return super().add_argument(*names, **kwargs)

    def error(self, message: str):
        self.print_usage(sys.stderr)
        sys.stderr.write(_translate("%(prog)s: error: %(message)s\n") % {"prog": self.prog, "message": message})
        if self.hint:
            sys.stderr.write(self.hint + "\n")
        raise SystemExit(2)
