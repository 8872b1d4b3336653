"""French first, English available: every string exists in both languages."""

import re
from pathlib import Path

from kit.core.languages import _catalogue, message_keys, notebook_language, pick, t

KIT = Path(__file__).resolve().parent.parent / "kit"


def test_every_kit_message_has_french_and_english():
    for key, entry in _catalogue().items():
        assert set(entry) == {"fr", "en"}, key
        assert entry["fr"].strip() and entry["en"].strip(), key


def test_every_message_key_used_in_the_code_exists():
    used = set()
    for path in KIT.rglob("*.py"):
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_]+\.[a-z_.]+)["']""", path.read_text(encoding="utf-8")))
        used |= set(re.findall(r"""\btr\(\s*["']([a-z_]+\.[a-z_.]+)["']""", path.read_text(encoding="utf-8")))
        used |= set(re.findall(r"""["'](content\.[a-z_]+)["']""", path.read_text(encoding="utf-8")))
    assert used, "the scan found no key: the pattern is broken"
    assert sorted(used - message_keys()) == []


def test_placeholders_are_the_same_in_both_languages():
    for key, entry in _catalogue().items():
        fields = [set(re.findall(r"(?<!\{)\{([a-z_]+)(?:![rsa])?(?::[^}]*)?\}", entry[lang])) for lang in ("fr", "en")]
        assert fields[0] == fields[1], key


def test_english_notebooks_folder_means_english(tmp_path, monkeypatch):
    monkeypatch.delenv("KIT_LANG", raising=False)
    (tmp_path / "en" / "formateur").mkdir(parents=True)
    assert notebook_language(tmp_path / "en") == "en"
    assert notebook_language(tmp_path / "en" / "formateur") == "en"
    assert notebook_language(tmp_path / "formateur") == "fr"
    assert notebook_language(tmp_path) == "fr"


def test_kit_lang_variable_wins(monkeypatch, tmp_path):
    monkeypatch.setenv("KIT_LANG", "en")
    assert notebook_language(tmp_path) == "en"


def test_pick_falls_back_to_french():
    assert pick({"fr": "Bonjour", "en": ""}, "en") == "Bonjour"
    assert t("lang.name", "de") == "Français"


def test_plurals_agree_with_counts_but_never_touch_user_text():
    from kit.core.languages import t

    assert t("cohort.summary", "fr", participants=1, superseded=3, aside=0).startswith("1 participant pris en compte ; 3 fichiers remplacés")
    assert t("cohort.summary", "en", participants=0, superseded=1, aside=2).startswith("0 participants")
    assert "client(s) 12.html" in t("cli.cannot_write", "fr", path="client(s) 12.html", detail="accès refusé")
