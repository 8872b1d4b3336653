"""Documents and shared pieces of HTML come from one set of autoescaped templates (``kit/templates``)."""

import re
from pathlib import Path

from kit.core.documents import environment, render, table_html
from kit.exports.diagnostic_result import result_page
from kit.progress.model import new_progress

ROOT = Path(__file__).resolve().parent.parent


def test_no_module_writes_a_document_or_a_table_by_hand():
    """``<!DOCTYPE`` and ``<table`` live in templates only (kit/templates/…), so each is written once."""
    found = []
    for path in sorted((ROOT / "kit").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            code = line.split("#", 1)[0]
            if re.search(r"""["'][^"']*<(?:!DOCTYPE|table\b|tr\b|td\b|th\b)""", code) and ">>>" not in line:
                found.append(f"{path.relative_to(ROOT)}:{number}")
    assert found == []


def test_the_environment_escapes_what_participants_typed():
    assert environment().autoescape is True
    progress = new_progress()
    progress.profile.display_name = "<script>alert(1)</script>"
    page = result_page(progress, "fr")
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_a_table_names_its_columns_and_rows_for_screen_readers():
    html = table_html(["Frein", "Score"], [["Le temps", 55]], "fr", row_headers=True, caption="T0")
    assert '<th scope="col">Frein</th>' in html and '<th scope="row">Le temps</th><td>55</td>' in html
    assert "<caption>T0</caption>" in html


def test_every_template_renders_its_numbers_in_the_readers_language():
    assert render("partials/check_ins.html.j2", "fr", check_ins=[(__import__("datetime").date(2026, 12, 9), "J+7")]) == (
        "<ul><li>mercredi 9 décembre 2026 — J+7</li></ul>"
    )
