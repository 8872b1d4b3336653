"""One command line, one convention: help with examples, exit codes 0/1/2, no traceback."""

import subprocess
import sys

import pytest

from kit.cli import VERBS, main


@pytest.mark.parametrize("verb", sorted(VERBS))
@pytest.mark.parametrize("lang,word", [("fr", "exemples"), ("en", "examples")])
def test_every_verb_has_help_with_examples(verb, lang, word, capsys):
    assert main([verb, "--help", "--lang", lang]) == 0
    out = capsys.readouterr().out
    assert word in out and "python -m kit " + verb in out


def test_unknown_verb_is_a_usage_error_in_french(capsys):
    assert main(["frobnicate"]) == 2
    err = capsys.readouterr().err
    assert "choix invalide" in err and "Traceback" not in err


def test_missing_argument_value_is_a_usage_error_with_a_hint(capsys):
    assert main(["demo-progress", "--count"]) == 2
    err = capsys.readouterr().err
    assert "une valeur est attendue" in err
    assert "python -m kit demo-progress --help" in err


def test_unexpected_errors_are_reported_without_traceback(monkeypatch, capsys):
    import kit.commands.validate as validate

    def explode(args):
        raise RuntimeError("boom")

    monkeypatch.setattr(validate, "run", explode)
    assert main(["validate"]) == 2
    err = capsys.readouterr().err
    assert "Erreur inattendue" in err and "boom" in err and "Traceback" not in err


def test_python_dash_m_kit_help_lists_every_verb():
    result = subprocess.run([sys.executable, "-m", "kit", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    for verb in VERBS:
        assert verb in result.stdout


@pytest.mark.parametrize("argv,lang_word", [([], "COMMANDE"), (["--lang", "en"], "COMMAND")])
def test_no_command_lists_the_commands(argv, lang_word, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert lang_word in err and all(verb in err for verb in VERBS)


def test_file_errors_are_explained_in_the_users_language(tmp_path, capsys):
    assert main(["demo-progress", "--count", "2", "--out", str(tmp_path / "f")]) == 0
    capsys.readouterr()
    missing_folder = tmp_path / "nowhere" / "r.html"
    assert main(["cohort", str(tmp_path / "f"), "--out", str(missing_folder)]) == 2
    assert "fichier ou dossier introuvable" in capsys.readouterr().err
    assert main(["cohort", str(tmp_path / "f"), "--out", str(missing_folder), "--lang", "en"]) == 2
    assert "no such file or folder" in capsys.readouterr().err


ENGLISH_WORDS_OF_ARGPARSE = ("usage:", "positional arguments", "show this help message", "options:\n")


@pytest.mark.parametrize("verb", sorted(VERBS))
def test_every_help_is_in_one_language_with_its_typography(verb, capsys):
    """French help: argparse's own headings translated, a space before ":", typographic apostrophes; English: English."""
    import re

    main([verb, "--help"])
    french = capsys.readouterr().out
    assert french.startswith("utilisation : ") and "options :" in french
    assert not any(word in french for word in ENGLISH_WORDS_OF_ARGPARSE), french
    assert not re.search(r"[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]", french), "straight apostrophe in the French help"
    assert not re.search(r"\b[a-z]+:\n", french), "a French heading without its space before ':'"
    assert not re.search(r"--\w[\w-]* (OUT|PATH|FILE|README|PYPROJECT|SEED|COUNT|SECTOR|SESSION|PROGRESS|START)\b", french)
    main([verb, "--help", "--lang", "en"])
    english = capsys.readouterr().out
    assert english.startswith("usage: ") and "utilisation" not in english and "options :" not in english
