"""Objectives and their evaluation: the data is complete, the rules apply at their exact boundaries."""

from datetime import date, datetime, timedelta, timezone

import pytest

from kit.content.library import exercise, load, load_all
from kit.content.objectives import Thresholds
from kit.evidence.evaluation import (
    ACQUIS,
    EN_COURS,
    NON_ACQUIS,
    NON_EVALUE,
    combine,
    evaluate,
    level_for,
    positioning,
)
from kit.exercises.rules import cards_for
from kit.progress.answers import fitting
from kit.progress.model import (
    Assessment,
    Draft,
    Idea,
    Plan,
    QuizAnswer,
    Routine,
    Slot,
    Visit,
    new_progress,
)

WHEN = datetime(2026, 11, 2, 10, 0, tzinfo=timezone.utc)
OBJECTIVES = load("objectives")
QUIZ = exercise("quiz", "mecanique")
RULES = OBJECTIVES.rules


def _objective(objective_id):
    return next(o for _, o in OBJECTIVES.objectives() if o.id == objective_id)


def _result(progress, objective_id):
    return next(r for r in evaluate(progress) if r.objective.id == objective_id)


def _evidence(progress, objective_id, kind):
    return next(e for e in _result(progress, objective_id).evidence if e.kind == kind)


def _right(question):
    if question.type == "true_false":
        return ["true" if question.answer else "false"]
    return sorted(o.id for o in question.options if o.correct)


def _wrong(question):
    if question.type == "true_false":
        return ["false" if question.answer else "true"]
    return [next(o.id for o in question.options if not o.correct)]


def _quiz_progress(objective_id, right: int, wrong: int = 0):
    """Answer the objective's listed questions: ``right`` as expected, then ``wrong`` not, the rest unanswered."""
    ids = next(e for e in _objective(objective_id).evidence if e.kind == "quiz").questions
    questions = [q for q in QUIZ.questions if q.id in ids]
    progress = new_progress()
    answers = {q.id: QuizAnswer(choices=_right(q), answered=WHEN) for q in questions[:right]}
    answers |= {q.id: QuizAnswer(choices=_wrong(q), answered=WHEN) for q in questions[right:right + wrong]}
    progress.quizzes = {"mecanique": answers}
    return progress, len(questions)


def _diagnostic(progress, *scores):
    barriers = [b.barrier for b in load("diagnostic").barriers]
    progress.diagnostic.assessments = [
        Assessment(started=WHEN + timedelta(days=30 * n), completed=WHEN + timedelta(days=30 * n), scores={b: score for b in barriers}) for n, score in enumerate(scores)
    ]
    return progress


# --- the data ---------------------------------------------------------------------------------
def test_every_module_01_to_08_states_one_to_three_objectives():
    modules = {m.module: len(m.objectives) for m in OBJECTIVES.modules}
    assert sorted(modules) == [f"{n:02d}" for n in range(1, 9)]
    assert all(1 <= n <= 3 for n in modules.values())


def test_every_gradable_quiz_question_evidences_an_objective():
    listed = {q for _, o in OBJECTIVES.objectives() for e in o.evidence if e.kind == "quiz" for q in e.questions}
    gradable = {q.id for quiz in load_all("quiz") for q in quiz.questions if q.type != "opinion"}
    assert gradable <= listed


def test_every_sorting_and_diagnostic_barrier_and_plan_element_evidences_an_objective():
    evidence = [e for _, o in OBJECTIVES.objectives() for e in o.evidence]
    assert {s.id for s in load_all("sorting")} <= {e.sorting for e in evidence}
    assert {b.barrier for b in load("diagnostic").barriers} <= {e.diagnostic_barrier for e in evidence}
    assert {"calendar", "objectives", "platforms"} <= {e.plan for e in evidence}


def test_pretest_questions_have_an_expected_answer():
    pretest = OBJECTIVES.pretest
    assert 1 <= len(pretest.questions) <= 10
    assert all(q.type != "opinion" for q in QUIZ.questions if q.id in pretest.questions)


# --- thresholds -------------------------------------------------------------------------------
@pytest.mark.parametrize("value,level", [(1, ACQUIS), (0.7, ACQUIS), (0.6999, EN_COURS), (0.4, EN_COURS), (0.3999, NON_ACQUIS), (0, NON_ACQUIS)])
def test_quiz_threshold_boundaries_come_from_the_data(value, level):
    assert level_for(value, RULES.quiz) == level


def test_equal_thresholds_leave_no_room_for_en_cours():
    rule = Thresholds(acquis_from=1, en_cours_from=1)
    assert [level_for(v, rule) for v in (0, 1, 2)] == [NON_ACQUIS, ACQUIS, ACQUIS]


@pytest.mark.parametrize("right,wrong,level", [(5, 2, ACQUIS), (4, 3, EN_COURS), (3, 0, EN_COURS), (2, 5, NON_ACQUIS), (0, 7, NON_ACQUIS)])
def test_quiz_share_counts_unanswered_questions_as_not_expected(right, wrong, level):
    progress, total = _quiz_progress("expliquer_la_portee", right, wrong)
    assert total == 7
    found = _evidence(progress, "expliquer_la_portee", "quiz")
    assert found.measure == pytest.approx(right / 7) and found.level == level


def test_a_quiz_nobody_answered_is_not_assessed():
    progress, _ = _quiz_progress("expliquer_la_portee", 0)
    assert _evidence(progress, "expliquer_la_portee", "quiz").level == NON_EVALUE


def test_opinion_answers_never_count():
    progress, _ = _quiz_progress("distinguer_profil_page_groupe", 4)
    opinion = next(q for q in QUIZ.questions if q.type == "opinion")
    progress.quizzes["mecanique"][opinion.id] = QuizAnswer(choices=[opinion.options[0].id], answered=WHEN)
    assert _evidence(progress, "distinguer_profil_page_groupe", "quiz").measure == 1


@pytest.mark.parametrize(
    "t0,t1,level",
    [
        (70, 60, ACQUIS),  # eased by exactly 10
        (80, 70.5, EN_COURS),  # eased by 9.5: not 10, but more than 3
        (50, 55, EN_COURS),  # grew, but « modéré » at T1
        (90, 87, EN_COURS),  # eased by exactly 3, still « fort »
        (90, 87.5, NON_ACQUIS),  # eased by 2.5, still « fort »
        (10, 30, ACQUIS),  # grew, but « léger » at T1
        (60, 70, NON_ACQUIS),
    ],
)
def test_barrier_rule_at_its_boundaries(t0, t1, level):
    progress = _diagnostic(new_progress(), t0, t1)
    found = _evidence(progress, "construire_routine", "diagnostic_barrier")
    assert (found.before, found.measure, found.level) == (t0, t1, level)


def test_barrier_without_t1_is_not_assessed_but_t0_positions():
    progress = _diagnostic(new_progress(), 80)
    assert _evidence(progress, "construire_routine", "diagnostic_barrier").level == NON_EVALUE
    assert positioning(progress).t0_bands["temps"] == "fort" and positioning(progress).t1 is None


@pytest.mark.parametrize("slots,level", [(4, ACQUIS), (3, EN_COURS), (1, EN_COURS), (0, NON_ACQUIS)])
def test_plan_with_a_calendar_is_acquis(slots, level):
    progress = new_progress()
    progress.plan = Plan(objectives=["notoriete_locale"], start=date(2026, 11, 2),
                         calendar=[Slot(day=date(2026, 11, 2 + n), time="12:30", platform="facebook") for n in range(slots)])
    assert _result(progress, "planifier_30_jours").level == level


def test_platforms_count_only_with_a_reason_and_an_empty_plan_is_not_assessed():
    progress = new_progress()
    assert _result(progress, "fixer_objectifs_reseaux").level == NON_EVALUE
    progress.plan = Plan(objectives=["notoriete_locale"], platforms={"facebook": "  "})
    assert _result(progress, "fixer_objectifs_reseaux").level == EN_COURS  # objectives acquis, platforms non acquis
    progress.plan = Plan(objectives=["notoriete_locale"], platforms={"facebook": "Mes clients y sont."})
    assert _result(progress, "fixer_objectifs_reseaux").level == ACQUIS


def test_sorting_counts_the_cards_sorted_whatever_the_pile():
    sorting = exercise("sorting", "tri_infos")
    shown = cards_for(sorting, None)
    needed = -(-len(shown) * 8 // 10)  # 80 %, rounded up
    progress = new_progress()
    progress.sortings = {"tri_infos": {c.id: "jardin_secret" for c in shown[:needed]}}
    assert _evidence(progress, "choisir_quoi_partager", "sorting").level == ACQUIS
    progress.sortings = {"tri_infos": {c.id: "partager" for c in shown[: needed - 1]}}
    assert _evidence(progress, "choisir_quoi_partager", "sorting").level == EN_COURS


def test_checklist_share_boundary():
    """The share counts the items shown to the participant (an unanswered situation hides "ouvrir_compte")."""
    progress = new_progress()
    items = fitting(exercise("checklist", "premiers_pas").items, progress)
    assert "ouvrir_compte" not in [i.id for i in items]
    ticked = -(-len(items) * 6 // 10)
    progress.checklists = {"premiers_pas": {i.id: WHEN for i in items[:ticked]}}
    assert _evidence(progress, "expliquer_la_portee", "checklist").level == ACQUIS
    progress.checklists = {"premiers_pas": {i.id: WHEN for i in items[: ticked - 1]}}
    assert _evidence(progress, "expliquer_la_portee", "checklist").level == EN_COURS


def test_routine_ideas_drafts_and_diagnostic_counts():
    progress = _diagnostic(new_progress(), 50)
    assert _result(progress, "situer_ses_freins").level == EN_COURS  # T0 only
    progress.routine = Routine(budget_minutes=60, activities={"post_photo": 2}, days=["tue"])
    assert _evidence(progress, "construire_routine", "routine").measure == 3
    progress.routine = Routine(budget_minutes=60)
    assert _evidence(progress, "construire_routine", "routine").level == EN_COURS
    progress.ideas = [Idea(id=f"{n:012x}", text="Idée", pillar="coulisses", level="partager", created=WHEN) for n in range(5)]
    assert _evidence(progress, "trouver_des_idees", "ideas").level == ACQUIS
    progress.drafts = [Draft(id="a" * 12, text="Bonjour", created=WHEN, updated=WHEN), Draft(id="b" * 12, text="  ", created=WHEN, updated=WHEN)]
    assert _result(progress, "rediger_publications").level == EN_COURS  # one draft with text


@pytest.mark.parametrize(
    "levels,balanced,strict",
    [
        ([ACQUIS, ACQUIS], ACQUIS, ACQUIS),
        ([ACQUIS, NON_EVALUE], ACQUIS, ACQUIS),
        ([ACQUIS, NON_ACQUIS], EN_COURS, NON_ACQUIS),
        ([NON_ACQUIS, NON_ACQUIS], NON_ACQUIS, NON_ACQUIS),
        ([ACQUIS, EN_COURS], EN_COURS, EN_COURS),
        ([NON_EVALUE, NON_EVALUE], NON_EVALUE, NON_EVALUE),
        ([], NON_EVALUE, NON_EVALUE),
    ],
)
def test_combining_the_evidence_of_an_objective(levels, balanced, strict):
    assert combine(levels, "balanced") == balanced and combine(levels, "strict") == strict


def test_pretest_at_entry_compares_with_the_same_questions_at_the_end():
    progress = new_progress()
    questions = [q for q in QUIZ.questions if q.id in OBJECTIVES.pretest.questions]
    progress.pretest = {q.id: QuizAnswer(choices=_wrong(q), answered=WHEN) for q in questions}
    progress.pretest[questions[0].id] = QuizAnswer(choices=_right(questions[0]), answered=WHEN)
    progress.quizzes = {"mecanique": {q.id: QuizAnswer(choices=_right(q), answered=WHEN) for q in questions}}
    found = positioning(progress)
    assert found.pretest == pytest.approx(1 / len(questions)) and found.end == 1 and found.pretest_answered == len(questions)


def test_a_new_participant_has_nothing_assessed():
    progress = new_progress()
    progress.visits = {"00": Visit(first_seen=WHEN, last_seen=WHEN)}
    assert {r.level for r in evaluate(progress)} == {NON_EVALUE}
