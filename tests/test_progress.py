"""The progress file: versioned, migrated, refused with a reason, never lost."""

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import jsonschema
import pytest

from kit.commands.progress_schema import SHIPPED, schema_text
from kit.core.files import atomic_write
from kit.core.pseudonyms import pseudonym
from kit.progress.errors import ProgressError
from kit.progress.model import SCHEMA_VERSION, new_progress
from kit.progress.store import ProgressStore, parse_progress, progress_bytes

FIXTURES = Path(__file__).parent / "fixtures" / "progress"


def test_shipped_json_schema_matches_the_model():
    assert SHIPPED.read_text(encoding="utf-8") == schema_text(), "run: python -m kit progress-schema"


def test_new_progress_is_valid_against_the_shipped_json_schema():
    data = json.loads(progress_bytes(new_progress()))
    jsonschema.validate(data, json.loads(SHIPPED.read_text(encoding="utf-8")))


def test_there_is_a_fixture_for_every_schema_version():
    assert sorted(p.name for p in FIXTURES.glob("v*.json")) == [f"v{n}.json" for n in range(1, SCHEMA_VERSION + 1)]


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_every_older_version_loads_and_keeps_the_profile(version):
    raw = (FIXTURES / f"v{version}.json").read_bytes()
    progress = parse_progress(raw)
    assert progress.schema_version == SCHEMA_VERSION
    assert progress.profile.id == json.loads(raw)["profile"]["id"]
    assert progress.profile.display_name == json.loads(raw)["profile"]["display_name"]


@pytest.mark.parametrize(
    "raw,key",
    [
        (b'{"kind": "kit-coaching-progress", "schema_version": 99}', "progress.too_new"),
        (b'{"kind": "kit-coaching-progress", "schema_ver', "progress.corrupt"),
        (b'{"name": "something else"}', "progress.foreign"),
        (b"[1, 2, 3]", "progress.foreign"),
        (b"\xff\xfe\x00garbage", "progress.not_text"),
        (b'{"kind": "kit-coaching-progress"}', "progress.no_version"),
        (b'{"kind": "kit-coaching-progress", "schema_version": 1, "profile": 3}', "progress.invalid"),
    ],
)
def test_unusable_files_are_refused_with_a_reason(raw, key):
    with pytest.raises(ProgressError) as caught:
        parse_progress(raw)
    assert caught.value.key == key
    assert caught.value.message("fr") and caught.value.message("en")


def test_too_new_file_says_which_version_and_what_to_do():
    with pytest.raises(ProgressError) as caught:
        parse_progress(b'{"kind": "kit-coaching-progress", "schema_version": 99}')
    message = caught.value.message("fr")
    assert "99" in message and "mettre le kit à jour" in message


def test_saved_file_is_owner_only(tmp_path):
    store = ProgressStore.open(tmp_path / "p.json")
    assert store.save().stat().st_mode & 0o777 == 0o600


def test_refused_upload_keeps_the_current_progress(tmp_path):
    store = ProgressStore.open(tmp_path / "p.json")
    store.progress.profile.display_name = "Nadia"
    store.save()
    before = (tmp_path / "p.json").read_bytes()
    with pytest.raises(ProgressError):
        store.restore(b'{"kind": "kit-coaching-progress", "schema_version": 99}')
    assert store.progress.profile.display_name == "Nadia"
    assert (tmp_path / "p.json").read_bytes() == before


def test_corrupt_autosave_is_set_aside_not_overwritten(tmp_path):
    path = tmp_path / "progression.json"
    path.write_bytes(b'{"kind": "kit-coaching-progress", "sch')
    store = ProgressStore.open(path)
    assert store.notice.key == "progress.corrupt_kept"
    kept = list(tmp_path.glob("progression.refuse-*.json"))
    assert len(kept) == 1 and kept[0].read_bytes() == b'{"kind": "kit-coaching-progress", "sch'
    assert kept[0].name in store.notice.message("fr")


def test_too_new_autosave_is_kept_for_a_newer_kit(tmp_path):
    path = tmp_path / "progression.json"
    path.write_text('{"kind": "kit-coaching-progress", "schema_version": 42}', encoding="utf-8")
    store = ProgressStore.open(path)
    assert store.notice.key == "progress.too_new_kept"
    assert "42" in store.notice.message("en")


def test_download_name_has_pseudonym_and_date(tmp_path):
    store = ProgressStore.open(tmp_path / "p.json")
    name = store.download_name()
    assert name.startswith("progression-" + pseudonym(store.progress.profile.id) + "-")
    assert name.endswith(".json") and name != "progress.json"


def test_pseudonym_is_stable_and_short():
    assert pseudonym("ab" * 16) == pseudonym("ab" * 16)
    assert pseudonym("ab" * 16) != pseudonym("cd" * 16)
    assert len(pseudonym("ab" * 16)) == 8


def test_start_over_gives_a_new_identity(tmp_path):
    store = ProgressStore.open(tmp_path / "p.json")
    old_id = store.progress.profile.id
    store.progress.profile.display_name = "Karim"
    store.start_over()
    reloaded = ProgressStore.open(tmp_path / "p.json")
    assert reloaded.progress.profile.id != old_id
    assert reloaded.progress.profile.display_name is None


def test_a_write_killed_halfway_leaves_the_previous_file_intact(tmp_path):
    path = tmp_path / "progression.json"
    atomic_write(path, [b'{"previous": true}'])
    ready = tmp_path / "ready"
    script = textwrap.dedent(
        f"""
        import time
        from pathlib import Path
        from kit.core.files import atomic_write

        def chunks():
            yield b'{{"half": '
            Path({str(ready)!r}).write_text("1")
            time.sleep(60)
            yield b'"written"}}'

        atomic_write(Path({str(path)!r}), chunks())
        """
    )
    child = subprocess.Popen([sys.executable, "-c", script])
    try:
        for _ in range(600):
            if ready.exists():
                break
            if child.poll() is not None:
                pytest.fail("the writer ended before being killed")
            import time

            time.sleep(0.02)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    assert path.read_bytes() == b'{"previous": true}'


def test_failed_write_removes_its_temporary_file(tmp_path):
    def chunks():
        yield b"partial"
        raise OSError("disk full")

    with pytest.raises(OSError):
        atomic_write(tmp_path / "p.json", chunks())
    assert list(tmp_path.iterdir()) == []


def test_reviews_saved_before_version_7_say_their_rubric_is_not_known():
    data = json.loads((FIXTURES / "v6.json").read_bytes())
    data["drafts"][0]["reviews"] = [{"reviewer": "Luc", "scores": {"ton_humain": 3}, "comment": None, "reviewed": "2026-10-18T17:05:00+01:00"}]
    review = parse_progress(json.dumps(data).encode("utf-8")).drafts[0].reviews[0]
    assert review.rubric is None and review.scores == {"ton_humain": 3}


def test_version_7_keeps_the_rubric_of_each_review():
    review = parse_progress((FIXTURES / "v7.json").read_bytes()).drafts[0].reviews[0]
    assert review.rubric == "relecture"


def test_check_ins_saved_before_version_8_move_to_the_day_french_trainers_mean():
    """Up to version 7, J+7 fell on the 7th day of the plan (start + 6): one day early."""
    old = json.loads((FIXTURES / "v7.json").read_bytes())["plan"]
    moved = parse_progress((FIXTURES / "v7.json").read_bytes()).plan
    assert [d.isoformat() for d in moved.check_ins] == ["2026-10-29", "2026-11-05", "2026-11-21"]
    assert old["check_ins"] == ["2026-10-28", "2026-11-04", "2026-11-20"]
    assert [(d - moved.start).days for d in moved.check_ins] == [7, 14, 30]
    assert parse_progress((FIXTURES / "v8.json").read_bytes()).plan.check_ins == moved.check_ins
