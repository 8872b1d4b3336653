"""The README's Binder badges come from one slug ([tool.kit] repository) and open files that exist."""

from pathlib import Path

import pytest

from kit.cli import main
from kit.trainer.binder import (
    END,
    START,
    BinderError,
    badge_block,
    binder_links,
    current_block,
    file_of,
    repository_slug,
    urlpaths_in,
    with_badges,
)

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"


def test_readme_badges_are_exactly_what_the_slug_produces():
    slug = repository_slug(ROOT / "pyproject.toml")
    assert slug == "kit-coaching/reseaux-sociaux" or "/" in slug
    assert current_block(README.read_text(encoding="utf-8")) == badge_block(slug), "run `make badges`"


def test_each_badge_opens_a_file_of_the_repository():
    block = current_block(README.read_text(encoding="utf-8"))
    urlpaths = urlpaths_in(block)
    assert sorted(p.split("/")[0] for p in urlpaths) == ["lab", "voila"]  # participants (Voilà) and trainers (JupyterLab)
    for urlpath in urlpaths:
        assert (ROOT / file_of(urlpath)).is_file(), urlpath


def test_links_follow_the_binder_conventions():
    voila, lab = binder_links("someone/fork")
    assert voila.url == "https://mybinder.org/v2/gh/someone/fork/HEAD?urlpath=voila/render/notebooks/00_bienvenue.ipynb"
    assert lab.url == "https://mybinder.org/v2/gh/someone/fork/HEAD?urlpath=lab/tree/notebooks/00_bienvenue.ipynb"


def test_a_fork_changes_one_line_and_the_badges_follow(tmp_path, capsys):
    pyproject, readme = tmp_path / "pyproject.toml", tmp_path / "README.md"
    pyproject.write_text('[project]\nname = "x"\n\n[tool.kit]\nrepository = "formation-pme/kit-rs"\n', encoding="utf-8")
    readme.write_text(f"# Titre\n\navant\n{START}\nvieux badge\n{END}\naprès\n", encoding="utf-8")
    args = ["binder-links", "--readme", str(readme), "--pyproject", str(pyproject)]
    assert main(args + ["--check"]) == 1
    assert "make badges" in capsys.readouterr().err
    assert main(args) == 0
    text = readme.read_text(encoding="utf-8")
    assert text.startswith("# Titre\n\navant\n") and text.endswith("\naprès\n")
    assert "gh/formation-pme/kit-rs/HEAD?urlpath=voila/render/notebooks/00_bienvenue.ipynb" in text
    assert "vieux badge" not in text
    assert main(args + ["--check"]) == 0  # idempotent
    assert with_badges(text, "formation-pme/kit-rs") == text


def test_print_shows_both_links(capsys):
    assert main(["binder-links", "--print"]) == 0
    out = capsys.readouterr().out
    assert "participants: https://mybinder.org/v2/gh/" in out and "trainers: https://mybinder.org/v2/gh/" in out


@pytest.mark.parametrize("content,key", [
    ('[tool.kit]\nrepository = "pas un slug"\n', "binder.bad_slug"),
    ("[project]\nname = 'x'\n", "binder.bad_slug"),
    ("[tool.kit\n", "binder.no_pyproject"),
])
def test_a_bad_slug_is_explained(tmp_path, content, key):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(content, encoding="utf-8")
    with pytest.raises(BinderError) as found:
        repository_slug(pyproject)
    assert found.value.key == key


def test_a_readme_without_markers_is_a_usage_error_in_french(tmp_path, capsys):
    readme = tmp_path / "README.md"
    readme.write_text("# Pas de badges ici\n", encoding="utf-8")
    assert main(["binder-links", "--readme", str(readme)]) == 2
    err = capsys.readouterr().err
    assert START in err and "Traceback" not in err
    assert readme.read_text(encoding="utf-8") == "# Pas de badges ici\n"
