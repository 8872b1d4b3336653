"""Notebooks stay thin, output-free, and the English set mirrors the French one."""

import json
from pathlib import Path

import pytest

from kit.content.library import load

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
FRENCH = sorted(NOTEBOOKS.glob("0*.ipynb"))


def _cells(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def test_every_french_notebook_has_an_english_twin():
    assert FRENCH, "no notebook found"
    assert sorted(p.name for p in (NOTEBOOKS / "en").glob("0*.ipynb")) == [p.name for p in FRENCH]


@pytest.mark.parametrize("path", FRENCH, ids=lambda p: p.stem)
def test_english_twin_has_the_same_code_cells(path):
    code = lambda p: ["".join(c["source"]) for c in _cells(p) if c["cell_type"] == "code"]
    assert code(path) == code(NOTEBOOKS / "en" / path.name)


@pytest.mark.parametrize("path", FRENCH + sorted((NOTEBOOKS / "en").glob("0*.ipynb")), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_notebooks_are_committed_without_outputs(path):
    for cell in _cells(path):
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None


@pytest.mark.parametrize("path", FRENCH, ids=lambda p: p.stem)
def test_code_cells_stay_thin(path):
    for cell in _cells(path):
        if cell["cell_type"] == "code":
            lines = [l for l in "".join(cell["source"]).splitlines() if l.strip() and not l.startswith(("from ", "import "))]
            assert len(lines) <= 2, "".join(cell["source"])


def test_every_notebook_is_registered_as_a_module():
    registered = {m.notebook for m in load("modules").modules}
    assert {p.stem for p in FRENCH} <= registered


@pytest.mark.parametrize("path", FRENCH, ids=lambda p: p.stem)
def test_each_page_opens_its_own_module(path):
    module_id = path.stem[:2]
    sources = "".join("".join(c["source"]) for c in _cells(path))
    assert f'open_module("{module_id}")' in sources
