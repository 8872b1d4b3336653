"""Loading content: everything is checked once, then a page reads only the kinds it shows."""

import os
import shutil
import subprocess
import sys

import pytest

from kit.content import library
from kit.core.paths import REPO_ROOT, exercises_dir

SHOWS_THE_DIAGNOSTIC = (
    "import sys; from kit.content.library import load; load('diagnostic'); load('modules');"
    "print('kit.content.exercises' in sys.modules, 'kit.content.planning' in sys.modules)"
)


@pytest.fixture
def own_content(tmp_path, monkeypatch):
    """A copy of ``exercises/`` a test may edit, and an empty data folder."""
    folder = tmp_path / "exercises"
    shutil.copytree(exercises_dir(), folder)
    monkeypatch.setenv("KIT_EXERCISES_DIR", str(folder))
    monkeypatch.setenv("KIT_DATA_DIR", str(tmp_path / "data"))
    library.clear_cache()
    yield folder
    monkeypatch.undo()
    library.clear_cache()


def _fresh_process(code: str) -> str:
    """Run ``code`` in a new interpreter (new page) with this test's environment."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO_ROOT, env=os.environ.copy()).stdout.strip()


def test_the_first_page_checks_every_file_and_notes_it(own_content, tmp_path):
    assert _fresh_process(SHOWS_THE_DIAGNOSTIC) == "True True"
    assert (tmp_path / "data" / library.CHECKED_STAMP).exists()


def test_later_pages_read_only_the_kinds_they_show(own_content):
    _fresh_process(SHOWS_THE_DIAGNOSTIC)
    assert _fresh_process(SHOWS_THE_DIAGNOSTIC) == "False False"


def test_a_file_broken_after_the_check_is_still_reported(own_content):
    _fresh_process(SHOWS_THE_DIAGNOSTIC)
    quiz = own_content / "mecanique_quiz.yaml"
    quiz.write_text(quiz.read_text(encoding="utf-8").replace("kind: quiz", "kind: quiz\nsurprise: 1"), encoding="utf-8")
    with pytest.raises(library.ContentError) as caught:
        library.load("diagnostic")
    assert "surprise" in str(caught.value) and quiz.name in str(caught.value)


def test_without_a_writable_data_folder_everything_is_checked_each_time(own_content, tmp_path):
    (tmp_path / "data").write_text("not a folder", encoding="utf-8")  # the note cannot be written
    assert _fresh_process(SHOWS_THE_DIAGNOSTIC) == "True True"
    assert _fresh_process(SHOWS_THE_DIAGNOSTIC) == "True True"


def test_a_different_kit_version_checks_again(own_content, tmp_path):
    _fresh_process(SHOWS_THE_DIAGNOSTIC)
    stamp = tmp_path / "data" / library.CHECKED_STAMP
    stamp.write_text("0" * 64 + "\n", encoding="utf-8")  # what an older kit (other schemas) would have noted
    assert _fresh_process(SHOWS_THE_DIAGNOSTIC) == "True True"
