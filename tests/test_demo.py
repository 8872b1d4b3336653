"""Synthetic participants are realistic, varied, schema-valid and reproducible."""

import json

import jsonschema

from kit.cli import main
from kit.commands.progress_schema import SHIPPED
from kit.progress.store import parse_progress, progress_bytes
from kit.trainer.demo import demo_progress

SCHEMA = json.loads(SHIPPED.read_text(encoding="utf-8"))


def test_same_seed_same_participant():
    assert progress_bytes(demo_progress(7)) == progress_bytes(demo_progress(7))


def test_files_are_valid_against_the_json_schema_and_reload():
    for seed in range(40):
        raw = progress_bytes(demo_progress(seed))
        jsonschema.validate(json.loads(raw), SCHEMA)
        assert parse_progress(raw) == demo_progress(seed)


def test_participants_vary():
    group = [demo_progress(seed) for seed in range(60)]
    assert len({p.profile.sector for p in group}) >= 5
    assert len({len(p.visits) for p in group}) >= 5
    assert any(p.profile.display_name is None for p in group)
    assert any(p.profile.language == "en" for p in group)


def test_single_file_from_the_command_line(tmp_path):
    out = tmp_path / "p.json"
    assert main(["demo-progress", "--seed", "1", "--out", str(out)]) == 0
    assert parse_progress(out.read_bytes()) == demo_progress(1)


def test_many_files_from_one_process(tmp_path):
    assert main(["demo-progress", "--count", "25", "--out", str(tmp_path / "group")]) == 0
    files = sorted((tmp_path / "group").glob("demo-*.json"))
    assert len(files) == 25
    assert len({parse_progress(f.read_bytes()).profile.id for f in files}) == 25


def test_count_must_be_positive(capsys):
    assert main(["demo-progress", "--count", "0", "--out", "x"]) == 2
    assert "positif" in capsys.readouterr().err


def test_out_is_required(capsys):
    assert main(["demo-progress"]) == 2
    assert "--out" in capsys.readouterr().err


def _dates_in(value):
    """Every date and date-time written in a progress file (ISO strings), wherever it sits."""
    from datetime import date, datetime

    if isinstance(value, dict):
        for item in value.values():
            yield from _dates_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from _dates_in(item)
    elif isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
        try:
            yield datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value[:10])
        except ValueError:
            pass


def test_no_file_is_dated_in_the_future():
    from datetime import date, datetime, timezone

    now, today = datetime.now(timezone.utc), date.today()
    for seed in range(300):
        written = json.loads(progress_bytes(demo_progress(seed)))
        saved = datetime.fromisoformat(written["saved_at"])
        assert saved <= now, seed
        for found in _dates_in(written):
            if isinstance(found, datetime):
                assert found <= now, (seed, found)
            else:
                assert found <= today, (seed, found)


def test_a_group_of_one_sector(tmp_path):
    assert main(["demo-progress", "--count", "8", "--sector", "coiffure_beaute", "--out", str(tmp_path / "g")]) == 0
    sectors = {parse_progress(f.read_bytes()).profile.sector for f in (tmp_path / "g").glob("demo-*.json")}
    assert sectors == {"coiffure_beaute"}
    # the same seed in another sector is the same participant otherwise
    assert demo_progress(3, "boulangerie").profile.id == demo_progress(3).profile.id


def test_an_unknown_sector_is_refused_with_the_choices(tmp_path, capsys):
    assert main(["demo-progress", "--sector", "fleuriste", "--out", str(tmp_path / "p.json")]) == 2
    err = capsys.readouterr().err
    assert "fleuriste" in err and "boulangerie" in err and not (tmp_path / "p.json").exists()
