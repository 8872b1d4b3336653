"""Apply the rules of ``exercises/objectifs.yaml`` to one participant: « acquis », « en cours », « non acquis ».

Pure logic: no widgets, no files written. The thresholds come from the data
(:class:`kit.content.objectives.Rules`); this module only applies them.
Positioning at entry is the diagnostic T0 and the optional pre-test;
evaluation at the end is T1 and what the participant did in the modules.

>>> from kit.content.objectives import Thresholds
>>> rule = Thresholds(acquis_from=0.7, en_cours_from=0.4)
>>> level_for(0.7, rule), level_for(0.69, rule), level_for(0.4, rule), level_for(0.39, rule)
('acquis', 'en_cours', 'en_cours', 'non_acquis')
>>> combine(["acquis", "non_evalue", "non_acquis"])
'en_cours'
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kit.exercises.rules import RIGHT, participant_cards, verdict
from kit.progress import assessments
from kit.progress.answers import fitting

ACQUIS, EN_COURS, NON_ACQUIS, NON_EVALUE = "acquis", "en_cours", "non_acquis", "non_evalue"
LEVELS = (ACQUIS, EN_COURS, NON_ACQUIS, NON_EVALUE)
_RANK = {NON_ACQUIS: 0, EN_COURS: 1, ACQUIS: 2}


@dataclass(frozen=True)
class Content:
    """The content the rules read: objectives and rules, and the exercises their evidence names."""

    objectives: object
    quizzes: dict
    sortings: dict
    checklists: dict
    diagnostic: object
    time_budget: object | None


def evaluation_content() -> Content:
    """The content of ``exercises/`` (the library caches the parsed files)."""
    from kit.content.library import load, load_all

    budgets = load_all("time_budget")
    return Content(
        objectives=load("objectives"),
        quizzes={q.id: q for q in load_all("quiz")},
        sortings={s.id: s for s in load_all("sorting")},
        checklists={c.id: c for c in load_all("checklist")},
        diagnostic=load("diagnostic"),
        time_budget=budgets[0] if budgets else None,
    )


@dataclass
class EvidenceResult:
    kind: str  # quiz, sorting, checklist, diagnostic_barrier, plan, diagnostic, routine, ideas, drafts
    target: str  # the id it names (quiz id, barrier id, plan element…), or the kind itself
    measure: float | None  # None: nothing recorded
    level: str
    before: float | None = None  # diagnostic_barrier: the T0 score


@dataclass
class ObjectiveResult:
    module: str
    objective: object  # kit.content.objectives.Objective
    level: str
    evidence: list[EvidenceResult] = field(default_factory=list)


def level_for(value: float, thresholds) -> str:
    """« acquis » at or above ``acquis_from``, « en cours » at or above ``en_cours_from``, else « non acquis »."""
    if value >= thresholds.acquis_from:
        return ACQUIS
    if value >= thresholds.en_cours_from:
        return EN_COURS
    return NON_ACQUIS


def combine(levels: list[str], how: str = "balanced") -> str:
    """One level for an objective from the levels of its evidence (« non évalué » ones are left out)."""
    assessed = [level for level in levels if level != NON_EVALUE]
    if not assessed:
        return NON_EVALUE
    if how == "strict":
        return min(assessed, key=_RANK.__getitem__)
    if all(level == ACQUIS for level in assessed):
        return ACQUIS
    if all(level == NON_ACQUIS for level in assessed):
        return NON_ACQUIS
    return EN_COURS


def quiz_share(quiz, question_ids: list[str], answers: dict) -> float | None:
    """Share of the listed questions (with an expected answer) answered as expected; None if none answered."""
    gradable = [q for q in quiz.questions if q.id in question_ids and q.type != "opinion"]
    if not gradable or not any(q.id in answers for q in gradable):
        return None
    right = sum(1 for q in gradable if q.id in answers and verdict(q, answers[q.id].choices) == RIGHT)
    return right / len(gradable)


def completed_scores(progress) -> list[dict[str, float]]:
    """Scores of the completed diagnostics, oldest first (T0, then T1…)."""
    return [dict(a.scores) for a in assessments.complete(progress) if a.scores]


def barrier_level(rule, barrier, before: float | None, after: float | None) -> str:
    """Diagnostic T0 -> T1 for one barrier: eased enough, or in a light band at T1; no T1: « non évalué »."""
    from kit.diagnostic.scoring import band_for

    if after is None:
        return NON_EVALUE
    band = band_for(barrier, after).level
    eased = (before - after) if before is not None else None
    if band in rule.acquis_bands or (eased is not None and eased >= rule.acquis_eased_by):
        return ACQUIS
    if band in rule.en_cours_bands or (eased is not None and eased >= rule.en_cours_eased_by and eased > 0):
        return EN_COURS
    return NON_ACQUIS


def _routine_steps(routine, budget) -> int | None:
    if routine.budget_minutes is None and not routine.activities and not routine.days:
        return None
    publishing = {a.id for a in budget.activities if a.publishes} if budget else set(routine.activities)
    return (routine.budget_minutes is not None and routine.budget_minutes > 0) + any(n > 0 for a, n in routine.activities.items() if a in publishing) + bool(routine.days)


def _plan_count(plan, element: str) -> int | None:
    if not (plan.objectives or plan.platforms or plan.calendar or plan.start):
        return None
    if element == "calendar":
        return len(plan.calendar)
    if element == "objectives":
        return len(plan.objectives)
    return sum(1 for reason in plan.platforms.values() if reason.strip())


def evidence_result(ev, progress, content: Content) -> EvidenceResult:
    """What one evidence item of an objective shows for this participant."""
    rules, kind = content.objectives.rules, ev.kind
    if kind == "diagnostic_barrier":
        barrier = next(b for b in content.diagnostic.barriers if b.barrier == ev.diagnostic_barrier)
        done = completed_scores(progress)
        before = done[0].get(barrier.barrier) if done else None
        after = done[-1].get(barrier.barrier) if len(done) > 1 else None
        return EvidenceResult(kind, barrier.barrier, after, barrier_level(rules.diagnostic_barrier, barrier, before, after), before)
    if kind == "quiz":
        target, thresholds = ev.quiz, rules.quiz
        quiz = content.quizzes.get(ev.quiz)
        measure = quiz_share(quiz, ev.questions, progress.quizzes.get(ev.quiz, {})) if quiz else None
    elif kind == "sorting":
        target, thresholds = ev.sorting, rules.sorting
        placed, sorting = progress.sortings.get(ev.sorting), content.sortings.get(ev.sorting)
        shown = {c.id for c in participant_cards(sorting, progress)} if sorting else set()
        measure = len(set(placed) & shown) / len(shown) if placed and shown else None
    elif kind == "checklist":
        target, thresholds = ev.checklist, rules.checklist
        ticked, checklist = progress.checklists.get(ev.checklist), content.checklists.get(ev.checklist)
        asked = {i.id for i in fitting(checklist.items, progress)} if checklist else set()
        measure = len(set(ticked) & asked) / len(asked) if ticked and asked else None
    elif kind == "plan":
        target, thresholds = ev.plan, getattr(rules.plan, ev.plan)
        measure = _plan_count(progress.plan, ev.plan)
    else:
        target, thresholds = kind, getattr(rules, kind)
        if kind == "diagnostic":
            measure = len(completed_scores(progress)) or None
        elif kind == "routine":
            measure = _routine_steps(progress.routine, content.time_budget)
        elif kind == "ideas":
            measure = len(progress.ideas) or None
        else:
            written = [d for d in progress.drafts if d.text.strip()]
            measure = len(written) if progress.drafts else None
    level = NON_EVALUE if measure is None else level_for(measure, thresholds)
    return EvidenceResult(kind, target, measure, level)


def evaluate(progress, content: Content | None = None, module_ids=None) -> list[ObjectiveResult]:
    """Every objective (of ``module_ids``, default all) with its level and the evidence behind it."""
    content = content or evaluation_content()
    how = content.objectives.rules.combine
    results = []
    for module_id, objective in content.objectives.objectives(module_ids):
        evidence = [evidence_result(ev, progress, content) for ev in objective.evidence]
        results.append(ObjectiveResult(module_id, objective, combine([e.level for e in evidence], how), evidence))
    return results


@dataclass
class Positioning:
    """Where a participant stood at entry, and the same measures at the end."""

    t0: dict[str, float] | None
    t1: dict[str, float] | None
    t0_bands: dict[str, str]
    pretest: float | None  # share of the pre-test questions answered as expected at entry
    pretest_answered: int
    end: float | None  # the same questions, answered later in the module's quiz


def positioning(progress, content: Content | None = None) -> Positioning:
    """Diagnostic T0 (and T1), pre-test at entry and the same questions at the end."""
    from kit.diagnostic.scoring import band_for

    content = content or evaluation_content()
    done = completed_scores(progress)
    t0 = done[0] if done else None
    bands = {b.barrier: band_for(b, t0[b.barrier]).level for b in content.diagnostic.barriers if t0 and b.barrier in t0}
    pretest, share, end = content.objectives.pretest, None, None
    answered = 0
    if pretest and pretest.quiz in content.quizzes:
        quiz = content.quizzes[pretest.quiz]
        share = quiz_share(quiz, pretest.questions, progress.pretest)
        answered = sum(1 for q in pretest.questions if q in progress.pretest)
        end = quiz_share(quiz, pretest.questions, progress.quizzes.get(pretest.quiz, {}))
    return Positioning(t0, done[-1] if len(done) > 1 else None, bands, share, answered, end)
