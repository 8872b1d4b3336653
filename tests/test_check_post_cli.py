"""``python -m kit check-post``: plain French for people, JSON for tools, exit codes 0/1/2, never a traceback."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kit.cli import main

ROOT = Path(__file__).resolve().parent.parent
GOOD = "Ce matin à l’atelier 🥖, la fournée de 5 h est sortie. Qui en veut ?\n#boulangerie #lyon\n"
ADVICE_ONLY = "Le four est chaud depuis 5 h et la fournée sort bientôt.\n"  # no question, no call to action


@pytest.fixture
def post(tmp_path):
    def write(text, name="post.txt"):
        path = tmp_path / name
        path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
        return str(path)

    return write


def test_a_post_within_the_limits_exits_0_with_a_french_report(post, capsys):
    path = post(GOOD)
    assert main(["check-post", "--platform", "x", path]) == 0
    out = capsys.readouterr().out
    assert f"✔ {path} : X (ex-Twitter), 87 / 280 caractères (décompte de X) — dans la limite (reste 193)" in out
    assert "Rien à signaler." in out
    assert "1 publication vérifiée pour X (ex-Twitter) : tout est dans les limites." in out


def test_a_post_over_the_limit_exits_1_and_says_by_how_much(post, capsys):
    assert main(["check-post", "--platform", "x", post("a" * 290 + " ?")]) == 1
    captured = capsys.readouterr()
    assert "✖ " in captured.out and "292 / 280 caractères (décompte de X) — bloqué : 12 caractères de trop" in captured.out
    assert "[bloquant] Trop long de 12 caractères" in captured.out
    assert "1 publication sur 1 à reprendre avant de publier sur X (ex-Twitter)." in captured.err


def test_too_many_hashtags_on_instagram_exits_1(post, capsys):
    assert main(["check-post", "--platform", "instagram", post("Qui en veut ? #a1 #b #c #d #e #f")]) == 1
    assert "[bloquant] 6 hashtags : Instagram en accepte 5 au plus" in capsys.readouterr().out


def test_advice_alone_exits_0_but_1_with_strict(post, capsys):
    path = post(ADVICE_ONLY)
    assert main(["check-post", "--platform", "linkedin", path]) == 0
    assert "[conseil] Ni question ni appel à l’action" in capsys.readouterr().out
    assert main(["check-post", "--platform", "linkedin", "--strict", path]) == 1
    assert "(--strict compte aussi les conseils)" in capsys.readouterr().err


def test_the_fold_preview_is_shown_for_platforms_that_fold(post, capsys):
    main(["check-post", "--platform", "instagram", post("Un\nDeux\nTrois ?")])
    assert "  Visible avant « voir plus » : « Un ↵ Deux »" in capsys.readouterr().out


def test_one_bad_file_among_several_exits_1_and_reports_each(post, capsys):
    good, bad = post(GOOD, "bon.txt"), post("a" * 300, "long.txt")
    assert main(["check-post", "--platform", "x", good, bad]) == 1
    out = capsys.readouterr().out
    assert f"{good} : X" in out and f"{bad} : X" in out


def test_json_prints_one_object_per_file_per_line(post, capsys):
    good, long = post(GOOD, "bon.txt"), post("a" * 300, "long.txt")
    assert main(["check-post", "--platform", "x", "--json", good, long]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    first, second = (json.loads(line) for line in lines)
    assert len(lines) == 2
    assert {"file", "platform", "length", "limit", "ok", "warnings"} <= set(first)
    assert (first["file"], first["platform"], first["length"], first["limit"], first["ok"]) == (good, "x", 87, 280, True)
    assert first["hashtags"] == ["boulangerie", "lyon"] and first["warnings"] == []
    assert (second["ok"], second["over_limit"], second["remaining"]) == (False, True, -20)
    assert second["warnings"][0]["code"] == "over_limit" and second["warnings"][0]["level"] == "hard"


def test_json_ok_follows_strict(post, capsys):
    path = post(ADVICE_ONLY)
    main(["check-post", "--platform", "linkedin", "--json", path])
    assert json.loads(capsys.readouterr().out)["ok"] is True
    main(["check-post", "--platform", "linkedin", "--json", "--strict", path])
    assert json.loads(capsys.readouterr().out)["ok"] is False


def test_dash_reads_the_post_from_standard_input(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GOOD.encode("utf-8"))))
    assert main(["check-post", "--platform", "x", "--json", "-"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["file"], result["length"]) == ("-", 87)


def test_english_with_lang_en(post, capsys):
    assert main(["check-post", "--platform", "linkedin", "--lang", "en", post(ADVICE_ONLY)]) == 0
    out = capsys.readouterr().out
    assert "LinkedIn, 56 / 3,000 characters — within the limit (2,944 left)" in out
    assert "[advice] No question and no call to action" in out


def test_a_missing_file_exits_2(post, capsys):
    assert main(["check-post", "--platform", "x", post(GOOD), "pas/de/fichier.txt"]) == 2
    assert "Fichier ou dossier introuvable : pas/de/fichier.txt" in capsys.readouterr().err


def test_a_file_that_is_not_utf8_exits_2_and_says_how_to_fix_it(post, capsys):
    path = post(b"Caf\xe9 ouvert ?")
    assert main(["check-post", "--platform", "x", path]) == 2
    assert f"{path} n’est pas un texte UTF-8 (octet 0xe9 à la position 3) : réenregistrez-le en UTF-8." in capsys.readouterr().err


def test_a_folder_instead_of_a_file_exits_2(tmp_path, capsys):
    assert main(["check-post", "--platform", "x", str(tmp_path)]) == 2
    assert "Impossible de lire" in capsys.readouterr().err


def test_an_unknown_platform_exits_2_and_lists_the_known_ones(post, capsys):
    assert main(["check-post", "--platform", "tiktok", post(GOOD)]) == 2
    err = capsys.readouterr().err
    assert "Plateforme « tiktok » inconnue (valeurs possibles : x, linkedin, facebook, instagram, gbp)." in err
    assert "python -m kit check-post --help" in err


def test_broken_content_exits_2_and_points_to_validate(post, tmp_path, monkeypatch, capsys):
    from kit.content.library import clear_cache

    content = tmp_path / "exercises"
    content.mkdir()
    (content / "platforms.yaml").write_text("kind: platforms\nplatforms: []\n", encoding="utf-8")
    monkeypatch.setenv("KIT_EXERCISES_DIR", str(content))
    clear_cache()
    try:
        assert main(["check-post", "--platform", "x", post(GOOD)]) == 2
    finally:
        monkeypatch.undo()
        clear_cache()
    assert "python -m kit validate" in capsys.readouterr().err


def test_forgetting_the_platform_is_a_usage_error(post, capsys):
    assert main(["check-post", post(GOOD)]) == 2
    assert "arguments obligatoires manquants : --platform" in capsys.readouterr().err


def test_a_byte_order_mark_and_the_final_newline_are_not_counted(post, capsys):
    main(["check-post", "--platform", "linkedin", "--json", post("\ufeffBonjour ?\n")])
    assert json.loads(capsys.readouterr().out)["length"] == len("Bonjour ?")


def test_only_the_files_final_line_ending_is_dropped_spaces_and_blank_lines_count(post, capsys):
    """As X counts them: "Bonjour ?  " followed by a blank line is 12, not 9 (twitter-text keeps them)."""
    main(["check-post", "--platform", "x", "--json", post("Bonjour ?  \n\n")])
    assert json.loads(capsys.readouterr().out)["length"] == len("Bonjour ?  \n")


def test_a_character_x_refuses_makes_the_post_invalid_with_a_message_in_words(post, capsys):
    assert main(["check-post", "--platform", "x", post("Nouveau pain\uffff au levain, venez goûter ?")]) == 1
    out = capsys.readouterr().out
    assert "bloqué : un caractère invisible que la plateforme refuse" in out and "U+FFFF" in out


@pytest.mark.parametrize(
    "args,stdin,code",
    [
        (["--platform", "x", "-"], "a" * 300, 1),
        (["--platform", "x", "-"], b"\xff\xfe", 2),
        (["--platform", "x", "nowhere.txt"], "", 2),
        (["--platform", "nowhere", "-"], "Bonjour", 2),
    ],
)
def test_runs_as_a_module_without_traceback(args, stdin, code):
    data = stdin if isinstance(stdin, bytes) else stdin.encode("utf-8")
    result = subprocess.run([sys.executable, "-m", "kit", "check-post", *args], input=data, capture_output=True, cwd=ROOT)
    assert result.returncode == code
    output = (result.stdout + result.stderr).decode("utf-8")
    assert "Traceback" not in output and output.strip()
