"""Projector mode (``?projecteur=1`` / ``KIT_PROJECTOR=1``) and the print styles of the exported pages."""

import re

import pytest

from kit.ui.projector import (
    projector_css,
    projector_on,
    projector_query,
    projector_style,
)


@pytest.mark.parametrize(
    "environ,expected",
    [
        ({}, False),
        ({"QUERY_STRING": ""}, False),
        ({"QUERY_STRING": "projecteur=1"}, True),
        ({"QUERY_STRING": "projecteur=oui"}, True),
        ({"QUERY_STRING": "projecteur"}, True),
        ({"QUERY_STRING": "projector=true"}, True),
        ({"QUERY_STRING": "voila-template=lab&projecteur=1"}, True),
        ({"QUERY_STRING": "projecteur=0"}, False),
        ({"KIT_PROJECTOR": "1"}, True),
        ({"KIT_PROJECTOR": "0"}, False),
        ({"KIT_PROJECTOR": ""}, False),
        ({"KIT_PROJECTOR": "1", "QUERY_STRING": "projecteur=0"}, False),
        ({"KIT_PROJECTOR": "0", "QUERY_STRING": "projecteur=1"}, True),
    ],
)
def test_projector_mode_comes_from_the_address_then_the_environment(environ, expected):
    assert projector_on(environ) is expected


def test_projector_stylesheet_enlarges_text_lists_and_buttons():
    css = projector_css()
    sizes = [int(size) for size in re.findall(r"--jp-(?:content|widgets)-font-size1?:\s*(\d+)px", css)]
    assert sizes and min(sizes) >= 18
    assert ".kit-statement select" in css and ".jupyter-button" in css
    assert projector_style({"KIT_PROJECTOR": "1"}).startswith('<style class="kit-projector">')
    assert projector_style({}) == ""


def test_open_module_adds_the_projector_stylesheet_only_when_asked(tmp_path, monkeypatch):
    import kit.ui.page as page_module

    shown = []
    monkeypatch.setattr(page_module, "display_header", lambda markup, lang, alert=None: shown.append(markup))
    monkeypatch.delenv("KIT_PROJECTOR", raising=False)
    monkeypatch.setenv("QUERY_STRING", "")
    page_module.open_module("02", path=tmp_path / "p.json", lang="fr")
    monkeypatch.setenv("QUERY_STRING", "projecteur=1")
    page_module.open_module("02", path=tmp_path / "p.json", lang="fr")
    plain, projected = shown
    assert "kit-projector" not in plain and "kit-projector" in projected
    assert projected.index("kit-projector") > projected.index(page_module.kit_css()[:40])  # after kit.css: it wins
    # The navigation keeps the mode from page to page.
    assert 'href="03_pro_et_perso.ipynb?projecteur=1"' in projected
    assert 'href="03_pro_et_perso.ipynb"' in plain


def test_projector_query_is_only_carried_when_it_came_from_the_address():
    assert projector_query({"QUERY_STRING": "projecteur=1"}) == "?projecteur=1"
    assert projector_query({"QUERY_STRING": "projecteur=0", "KIT_PROJECTOR": "1"}) == ""
    assert projector_query({"KIT_PROJECTOR": "1"}) == ""


# --- print ---------------------------------------------------------------------------------------

def _exports():
    from kit.exports.agenda import agenda_html
    from kit.exports.diagnostic_result import result_page
    from kit.exports.plan import plan_html
    from kit.planning.plan import plan_document
    from kit.trainer.agenda import build_agenda
    from kit.trainer.demo import demo_progress

    progress = demo_progress(1)
    return {
        "plan": plan_html(plan_document(progress, "fr"), "fr"),
        "result": result_page(progress, "fr"),
        "agenda": agenda_html(build_agenda(["01", "02"], "demi_journee", "fr"), "fr"),
    }


def _styles(document: str) -> str:
    return "".join(re.findall(r"<style[^>]*>(.*?)</style>", document, re.S))


@pytest.mark.parametrize("name", ["plan", "result", "agenda"])
def test_each_exported_page_prints_black_on_white_and_hides_nothing(name):
    css = _styles(_exports()[name])
    print_rules = re.findall(r"@media print\s*\{(.*?)\}\s*\}", css, re.S)
    assert print_rules, f"{name}: no @media print rule"
    printed = " ".join(print_rules)
    assert re.search(r"color:\s*#000", printed) and re.search(r"background:\s*#fff", printed)
    assert not re.search(r"display:\s*none|visibility:\s*hidden", css), f"{name}: something is hidden"
