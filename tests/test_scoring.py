"""Diagnostic scoring: reverse statements, band boundaries, routing order and ties."""

import pytest

from kit.content.diagnostic import DiagnosticFile
from kit.diagnostic.scoring import (
    assess,
    band_for,
    barrier_score,
    item_value,
    path,
    statement_order,
)


def _text(word):
    return {"fr": word, "en": word}


def _barrier(barrier_id, modules, route_low=False):
    return {
        "barrier": barrier_id,
        "statements": [
            {"id": f"{barrier_id}_1", "text": _text("a")},
            {"id": f"{barrier_id}_2", "text": _text("b")},
            {"id": f"{barrier_id}_3", "text": _text("c")},
            {"id": f"{barrier_id}_4", "text": _text("d"), "reverse": True},
        ],
        "bands": [
            {"up_to": 33, "level": "leger", "label": _text("léger"), "interpretation": _text("i"), "advice": _text("a"), "route": route_low},
            {"up_to": 66, "level": "modere", "label": _text("modéré"), "interpretation": _text("i"), "advice": _text("a"), "route": True},
            {"up_to": 100, "level": "fort", "label": _text("fort"), "interpretation": _text("i"), "advice": _text("a"), "route": True},
        ],
        "modules": modules,
    }


@pytest.fixture
def content():
    return DiagnosticFile.model_validate(
        {
            "kind": "diagnostic",
            "scale": [{"value": v, "label": _text(str(v))} for v in range(1, 6)],
            "barriers": [_barrier("temps", ["04", "08"]), _barrier("image", ["05"]), _barrier("contenu", ["06", "08"])],
            "default_path": ["06", "08"],
        }
    )


def _answers(barrier_id, normal, reverse):
    """Three normal statements answered ``normal``, the reverse one ``reverse``."""
    return {f"{barrier_id}_1": normal, f"{barrier_id}_2": normal, f"{barrier_id}_3": normal, f"{barrier_id}_4": reverse}


def test_reverse_scored_statement_lowers_score(content):
    temps = content.barriers[0]
    assert barrier_score(temps, _answers("temps", 5, 1), 5) == 100.0
    assert barrier_score(temps, _answers("temps", 5, 5), 5) == 75.0


def test_item_values_span_zero_to_one():
    assert [item_value(v, 5, False) for v in range(1, 6)] == [0.0, 0.25, 0.5, 0.75, 1.0]
    assert [item_value(v, 5, True) for v in range(1, 6)] == [1.0, 0.75, 0.5, 0.25, 0.0]


def test_unanswered_barrier_has_no_score(content):
    assert barrier_score(content.barriers[0], {}, 5) is None


def test_partial_answers_give_a_score_but_no_band(content):
    result = assess(content, {"temps_1": 5})[0]
    assert result.score == 100.0 and result.band is None and not result.complete


@pytest.mark.parametrize("score,level", [(0, "leger"), (33, "leger"), (33.1, "modere"), (66, "modere"), (66.1, "fort"), (100, "fort")])
def test_bands_at_their_boundaries(content, score, level):
    assert band_for(content.barriers[0], score).level == level


def test_path_orders_modules_by_need_and_lists_each_once(content):
    answers = {**_answers("temps", 3, 3), **_answers("image", 5, 1), **_answers("contenu", 4, 2)}
    results = assess(content, answers)
    assert [r.score for r in results] == [50.0, 100.0, 75.0]
    assert path(content, results) == [("05", ["image"]), ("06", ["contenu"]), ("08", ["contenu", "temps"]), ("04", ["temps"])]


def test_ties_keep_the_order_of_the_file(content):
    answers = {**_answers("temps", 4, 2), **_answers("image", 4, 2), **_answers("contenu", 1, 5)}
    assert [m for m, _ in path(content, assess(content, answers))] == ["04", "08", "05"]


def test_low_barriers_do_not_route_and_the_default_path_is_offered(content):
    answers = {**_answers("temps", 1, 5), **_answers("image", 2, 4), **_answers("contenu", 1, 5)}
    assert path(content, assess(content, answers)) == [("06", []), ("08", [])]


def test_no_path_until_every_statement_is_rated(content):
    assert path(content, assess(content, {"temps_1": 5})) == []


def test_statements_are_interleaved_across_barriers(content):
    ids = [s.id for s in statement_order(content)]
    assert ids[:4] == ["temps_1", "image_1", "contenu_1", "temps_2"]
    assert len(ids) == 12


def test_shipped_diagnostic_has_five_barriers_with_reverse_statements():
    from kit.content.library import load

    diagnostic = load("diagnostic")
    assert [b.barrier for b in diagnostic.barriers] == ["usage_perso", "pro_perso", "temps", "image", "contenu"]
    for barrier in diagnostic.barriers:
        assert len(barrier.statements) >= 4
        assert any(s.reverse for s in barrier.statements)
