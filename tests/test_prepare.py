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
    # the preset progress file, and the note that the content passed its checks: no temporary file left behind
    assert sorted(p.name for p in (tmp_path / "s" / ".kit-donnees").iterdir()) == sorted(["progression.json", CHECKED_STAMP])


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
