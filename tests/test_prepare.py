"""Prepared sessions: executed notebooks with the sector's examples and the chosen language."""

import json

from kit.cli import main
from kit.content.library import CHECKED_STAMP, exercise


def _card_of(sector):
    return next(c for c in exercise("sorting", "tri_infos").cards if sector in c.sectors)


def test_prepared_module_shows_the_sectors_cards_without_running_anything(tmp_path):
    assert main(["prepare", "--sector", "boulangerie", "--lang", "fr", "--modules", "05", "--out", str(tmp_path / "s")]) == 0
    notebook = json.loads((tmp_path / "s" / "05_lacher_prise.ipynb").read_text(encoding="utf-8"))
    text = json.dumps(notebook, ensure_ascii=False)
    assert "widgets" in notebook["metadata"] and "application/vnd.jupyter.widget-state+json" in text
    assert _card_of("boulangerie").text.fr in text and _card_of("services_b2b").text.fr not in text
    # the preset progress file, the session's own description, and the note that the content passed its checks:
    # no temporary file left behind
    assert sorted(p.name for p in (tmp_path / "s" / ".kit-donnees").iterdir()) == sorted(["progression.json", "seance.json", CHECKED_STAMP])


def test_english_session(tmp_path):
    assert main(["prepare", "--sector", "services_b2b", "--lang", "en", "--modules", "00", "--out", str(tmp_path / "s")]) == 0
    text = (tmp_path / "s" / "00_bienvenue.ipynb").read_text(encoding="utf-8")
    assert "Welcome to the" in text and "B2B services, consulting" in text


def test_unknown_sector_lists_the_possible_ones(tmp_path, capsys):
    assert main(["prepare", "--sector", "fleuriste", "--out", str(tmp_path / "s")]) == 2
    err = capsys.readouterr().err
    assert "fleuriste" in err and "boulangerie" in err and not (tmp_path / "s").exists()


def test_a_relative_folder_works_and_links_stay_inside_the_session(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["prepare", "--sector", "boulangerie", "--lang", "fr", "--modules", "00", "01", "--out", "seance/"]) == 0
    assert "Traceback" not in capsys.readouterr().err
    text = (tmp_path / "seance" / "01_diagnostic.ipynb").read_text(encoding="utf-8")
    assert 'href=\\"00_bienvenue.ipynb\\"' in text  # the other prepared page
    for missing in ("02_mains_dans_le_cambouis.ipynb", "en/01_diagnostic.ipynb", "positionnement.ipynb", "à venir"):
        assert missing not in text, missing


def test_a_prepared_folder_keeps_its_language_sector_and_pages_for_later(tmp_path, monkeypatch):
    from kit.core.languages import notebook_language
    from kit.core.paths import data_dir
    from kit.ui.navigation import prepared_notebooks

    assert main(["prepare", "--sector", "services_b2b", "--lang", "en", "--modules", "00", "--out", str(tmp_path / "s")]) == 0
    monkeypatch.delenv("KIT_DATA_DIR")
    monkeypatch.delenv("KIT_LANG", raising=False)
    monkeypatch.chdir(tmp_path / "s")  # Jupyter and Voilà start a page's kernel in its folder
    assert data_dir() == tmp_path / "s" / ".kit-donnees"
    assert notebook_language() == "en"
    assert prepared_notebooks() == {"00_bienvenue"}


def test_the_printed_voila_command_names_the_voila_next_to_the_kits_python(tmp_path, monkeypatch, capsys):
    import shlex
    import sys
    from pathlib import Path

    monkeypatch.chdir(tmp_path)
    assert main(["prepare", "--sector", "boulangerie", "--modules", "00", "--out", "seance"]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("  "))
    words = shlex.split(line)
    assert Path(words[0]) == Path(sys.executable).with_name("voila") and Path(words[0]).exists()
    assert words[1:] == ["seance", "--template=kit"]
