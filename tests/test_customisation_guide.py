"""Every YAML example of docs/personnaliser.md passes the validator and shows up in the notebooks."""

import re
import shutil
from pathlib import Path

import pytest
import yaml

from kit.content import library
from kit.content.validate import validate_paths

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "personnaliser.md"
EXAMPLE = re.compile(r"<!-- exemple: (?P<spec>[^>]*?) -->\s*```yaml\n(?P<yaml>.*?)```", re.S)


def _examples():
    found = []
    for match in EXAMPLE.finditer(GUIDE.read_text(encoding="utf-8")):
        spec = dict(part.split("=", 1) for part in match.group("spec").split())
        found.append((spec, match.group("yaml")))
    return found


def _resolve(data, path: str):
    """``barriers[barrier=usage_perso].statements`` -> that list inside ``data``."""
    node = data
    for part in path.split("."):
        name, _, selector = part.partition("[")
        node = node[name]
        if selector:
            key, value = selector.rstrip("]").split("=")
            node = next(item for item in node if str(item.get(key)) == value)
    return node


def _apply(spec: dict, snippet: str, folder: Path) -> None:
    if "nouveau" in spec:
        (folder / Path(spec["nouveau"]).name).write_text(snippet, encoding="utf-8")
        return
    target = folder / Path(spec["fichier"]).name
    data = yaml.safe_load(target.read_text(encoding="utf-8"))
    if "liste" in spec:
        _resolve(data, spec["liste"]).extend(yaml.safe_load(snippet))
    else:
        parent_path, _, key = spec["remplace"].rpartition(".")
        _resolve(data, parent_path)[key] = yaml.safe_load(snippet)
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _page(tmp_path, module_id, sector=None):
    from kit.ui.page import open_module

    page = open_module(module_id, path=tmp_path / "p.json", lang="fr", show=False)
    page.progress.profile.sector = sector
    return page


def _shows_up(check: str, tmp_path) -> bool:
    what, *args = check.split(":")
    if what == "secteur":
        from kit.ui.profile_form import ProfileForm

        return args[0] in [value for _, value in ProfileForm(_page(tmp_path, "00")).sector.options]
    if what == "affirmation":
        from kit.ui.diagnostic_view import DiagnosticView

        return args[0] in DiagnosticView(_page(tmp_path, "01")).statements.ids
    if what == "question":
        from kit.ui.quiz_view import QuizView

        return args[1] in QuizView(_page(tmp_path, "02"), args[0]).feedback
    if what == "carte":
        from kit.ui.sorting_view import SortingView

        return args[1] in SortingView(_page(tmp_path, "05", sector=args[2]), args[0]).lists
    if what == "liste":
        from kit.ui.checklist_view import ChecklistView

        try:
            return len(ChecklistView(_page(tmp_path, "04"), args[0]).boxes) > 0
        except library.ContentError:  # no such checklist
            return False
    if what == "condition":  # shown to a participant with that answer, not to the others
        from kit.ui.checklist_view import ChecklistView

        list_id, item, answer = args
        page = _page(tmp_path, "02")
        page.progress.profile.situation = {"equipe": answer}
        shown = item in ChecklistView(page, list_id).shown_items()
        page.progress.profile.situation = {"equipe": "seul"}
        return shown and item not in ChecklistView(page, list_id).shown_items()
    if what == "limite":
        from kit.writing.post_check import check_post

        return check_post("Bonjour", args[0]).limit == int(args[1])
    if what == "appel":
        from kit.writing.post_check import check_post

        words = args[0].replace("_", " ")  # spaces are written _ in the example's marker
        return "no_call_to_action" not in [w.code for w in check_post(f"Le four est chaud. {words.capitalize()} !", "linkedin").warnings]
    raise AssertionError(f"unknown check {check!r}")


EXAMPLES = _examples()


def test_the_guide_has_an_example_for_each_kind_of_change():
    checks = {spec["verifie"].split(":")[0] for spec, _ in EXAMPLES}
    assert checks == {"secteur", "affirmation", "question", "carte", "liste", "condition", "limite", "appel"}


@pytest.mark.parametrize("spec,snippet", EXAMPLES, ids=[spec["verifie"] for spec, _ in EXAMPLES])
def test_guide_example_is_valid_and_shows_up(spec, snippet, tmp_path, monkeypatch):
    folder = tmp_path / "exercises"
    shutil.copytree(ROOT / "exercises", folder)
    _apply(spec, snippet, folder)
    report = validate_paths([folder], reference_dir=folder)
    assert [p.render() for p in report.problems] == []
    monkeypatch.setenv("KIT_EXERCISES_DIR", str(folder))
    library.clear_cache()
    try:
        assert _shows_up(spec["verifie"], tmp_path)
    finally:
        monkeypatch.delenv("KIT_EXERCISES_DIR")
        library.clear_cache()


def test_without_the_change_the_checks_fail(tmp_path):
    """The checks above can fail: on the shipped content, none of the examples is there yet."""
    library.clear_cache()
    for spec, _ in EXAMPLES:
        assert not _shows_up(spec["verifie"], tmp_path), spec["verifie"]
