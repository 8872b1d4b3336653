"""Every view and document agrees on which diagnostic is the first (T0) and which the latest.

The drift this guards against: after "Commencer une nouvelle évaluation" the printable result
still showed the last result while the one-page plan's scores went empty.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from kit.cohort.files import summarise
from kit.content.library import load
from kit.core.clock import now
from kit.diagnostic.scoring import scores
from kit.evidence.evaluation import completed_scores
from kit.exports.diagnostic_result import result_page
from kit.planning.plan import plan_document
from kit.progress import assessments
from kit.progress.model import Assessment, new_progress


def _assessment(answer: int, days_ago: int) -> Assessment:
    content = load("diagnostic")
    answers = {s.id: answer for b in content.barriers for s in b.statements}
    started = now() - timedelta(days=days_ago)
    return Assessment(started=started, completed=started + timedelta(minutes=9), answers=answers, scores=scores(content, answers))


@pytest.fixture
def retaken():
    """T0 (everything 4), T1 a month later (everything 2), then a new assessment just started, empty."""
    progress = new_progress()
    progress.diagnostic.assessments = [_assessment(4, 40), _assessment(2, 5), Assessment(started=now())]
    return progress


def test_the_shared_rules(retaken):
    t0, t1, empty = retaken.diagnostic.assessments
    assert assessments.first_complete(retaken) is t0 and assessments.latest_complete(retaken) is t1
    assert assessments.current(retaken) is empty and assessments.shown(retaken) is t1
    assert assessments.before_and_after(retaken) == (t0, t1) and assessments.earlier_than(retaken, t1) is t0


def test_a_new_empty_assessment_hides_nothing_anywhere(retaken):
    t0, t1, _ = retaken.diagnostic.assessments
    doc = plan_document(retaken, "fr")
    assert doc.scores == t1.scores and doc.first_scores == t0.scores
    summary = summarise(retaken, "p.json")
    assert summary.t0 == t0.scores and summary.latest == t1.scores
    assert completed_scores(retaken) == [t0.scores, t1.scores]
    page = result_page(retaken, "fr")
    latest_score = round(next(iter(t1.scores.values())))
    assert f"{latest_score} sur 100" in page


def test_the_diagnostic_page_compares_the_same_two_assessments(tmp_path, retaken):
    from kit.progress.store import ProgressStore
    from kit.ui.diagnostic_view import DiagnosticView
    from kit.ui.page import Page

    store = ProgressStore.open(tmp_path / "p.json")
    store.progress = retaken
    store.save()
    view = DiagnosticView(Page("01", "fr", store))
    t0, t1, _ = retaken.diagnostic.assessments
    assert view._previous_scores() == t0.scores, "while re-taking, the radar's 'before' line is T0"
    assert "Avant / maintenant" in view.comparison.value
    assert str(round(next(iter(t0.scores.values())))) in view.comparison.value
