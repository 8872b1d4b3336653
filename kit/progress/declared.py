"""The ids a progress file refers to that today's content does not declare.

A progress file names modules, exercises, questions, cards, piles, platforms…
by their ids in ``exercises/``. :func:`undeclared` lists the references that
the content does not declare (a module "09" nobody wrote, a pile that is not one
of its sorting's piles). The store refuses a save that *adds* one; references
already in the file (the trainer removed a card since) stay readable and are
kept as they are.

Only the sections asked for are checked, so a page loads only the content it needs.

>>> from kit.progress.model import new_progress, Visit, now
>>> progress = new_progress()
>>> progress.visits["42"] = Visit(first_seen=now(), last_seen=now())
>>> sorted(undeclared(progress, ["visits"]))
['visits.42']
"""

from __future__ import annotations

from collections.abc import Iterable

from kit.content.library import load, load_all

SECTIONS = ("profile", "visits", "diagnostic", "quizzes", "checklists", "choosers", "sortings", "self_checks",
            "routine", "ideas", "plan", "drafts", "pretest", "surveys")


def _by_id(kind: str) -> dict:
    return {item.id: item for item in load_all(kind)}


def _platforms() -> set[str]:
    return {platform.id for file in load_all("platforms") for platform in file.platforms}


def _profile(progress):
    sector = progress.profile.sector
    if sector is not None and sector not in {s.id for s in load("sectors").sectors}:
        yield f"profile.sector={sector}"
    files = load_all("situation")
    situation = files[0] if files else None
    options = {q.id: {o.id for o in q.options} for q in situation.questions} if situation else {}
    for question, option in progress.profile.situation.items():
        if question not in options:
            yield f"profile.situation.{question}"
        elif option not in options[question]:
            yield f"profile.situation.{question}={option}"


def _visits(progress):
    modules = {m.id for m in load("modules").modules}
    yield from (f"visits.{key}" for key in progress.visits if key not in modules)


def _diagnostic(progress):
    content = load("diagnostic")
    statements = {s.id for b in content.barriers for s in b.statements}
    barriers = {b.barrier for b in content.barriers}
    size = len(content.scale)
    for number, assessment in enumerate(progress.diagnostic.assessments):
        where = f"diagnostic.assessments[{number}]"
        yield from (f"{where}.answers.{key}" for key in assessment.answers if key not in statements)
        yield from (f"{where}.answers.{key}={value}" for key, value in assessment.answers.items() if value > size)
        yield from (f"{where}.scores.{key}" for key in assessment.scores if key not in barriers)


def _quiz_answers(where: str, quiz, answers):
    questions = {q.id: q for q in quiz.questions}
    for question_id, answer in answers.items():
        question = questions.get(question_id)
        if question is None:
            yield f"{where}.{question_id}"
            continue
        options = {"true", "false"} if question.type == "true_false" else {o.id for o in question.options}
        yield from (f"{where}.{question_id}={choice}" for choice in answer.choices if choice not in options)


def _quizzes(progress):
    quizzes = _by_id("quiz")
    for quiz_id, answers in progress.quizzes.items():
        if quiz_id not in quizzes:
            yield f"quizzes.{quiz_id}"
        else:
            yield from _quiz_answers(f"quizzes.{quiz_id}", quizzes[quiz_id], answers)


def _checklists(progress):
    checklists = _by_id("checklist")
    for list_id, ticked in progress.checklists.items():
        items = {i.id for i in checklists[list_id].items} if list_id in checklists else None
        if items is None:
            yield f"checklists.{list_id}"
        else:
            yield from (f"checklists.{list_id}.{item}" for item in ticked if item not in items)


def _choosers(progress):
    choosers = _by_id("chooser")
    for chooser_id, answers in progress.choosers.items():
        chooser = choosers.get(chooser_id)
        if chooser is None:
            yield f"choosers.{chooser_id}"
            continue
        options = {q.id: {o.id for o in q.options} for q in chooser.questions}
        for question_id, option in answers.answers.items():
            if question_id not in options or option not in options[question_id]:
                yield f"choosers.{chooser_id}.{question_id}={option}"
        if answers.chosen is not None and answers.chosen not in {o.id for o in chooser.outcomes}:
            yield f"choosers.{chooser_id}.chosen={answers.chosen}"


def _sortings(progress):
    sortings = _by_id("sorting")
    for sorting_id, placed in progress.sortings.items():
        sorting = sortings.get(sorting_id)
        if sorting is None:
            yield f"sortings.{sorting_id}"
            continue
        cards, piles = {c.id for c in sorting.cards}, {p.id for p in sorting.piles}
        for card, pile in placed.items():
            if card not in cards:
                yield f"sortings.{sorting_id}.{card}"
            elif pile not in piles:
                yield f"sortings.{sorting_id}.{card}={pile}"


def _self_checks(progress):
    checks = _by_id("self_check")
    for check_id, ratings in progress.self_checks.items():
        check = checks.get(check_id)
        if check is None:
            yield f"self_checks.{check_id}"
            continue
        items = {i.id for g in check.groups for i in g.items}
        for item, rating in ratings.items():
            if item not in items:
                yield f"self_checks.{check_id}.{item}"
            elif rating > len(check.scale):
                yield f"self_checks.{check_id}.{item}={rating}"


def _routine(progress):
    budgets = load_all("time_budget")
    habits = {h.id for b in budgets for h in b.current_habits}
    activities = {a.id for b in budgets for a in b.activities}
    switches = {s.id for b in budgets for s in b.habit_switches}
    routine = progress.routine
    yield from (f"routine.current_hours.{key}" for key in routine.current_hours if key not in habits)
    yield from (f"routine.activities.{key}" for key in routine.activities if key not in activities)
    yield from (f"routine.switches.{key}" for key in routine.switches if key not in switches)


def _ideas(progress):
    banks = load_all("idea_prompts")
    pillars = {p.id for bank in banks for p in bank.pillars}
    prompts = {q.id for bank in banks for p in bank.pillars for q in p.prompts}
    for idea in progress.ideas:
        if idea.pillar not in pillars:
            yield f"ideas.{idea.id}.pillar={idea.pillar}"
        if idea.prompt is not None and idea.prompt not in prompts:
            yield f"ideas.{idea.id}.prompt={idea.prompt}"


def _plan(progress):
    strategies = load_all("strategy")
    objectives = {o.id for s in strategies for o in s.objectives}
    audiences = {a.id for s in strategies for a in s.audiences}
    pillars = {p.id for bank in load_all("idea_prompts") for p in bank.pillars}
    platforms = _platforms()
    plan = progress.plan
    yield from (f"plan.objectives.{key}" for key in plan.objectives if key not in objectives)
    yield from (f"plan.audiences.{key}" for key in plan.audiences if key not in audiences)
    yield from (f"plan.platforms.{key}" for key in plan.platforms if key not in platforms)
    yield from (f"plan.pillars.{key}" for key in plan.pillars if key not in pillars)
    yield from (f"plan.calendar.{slot.day}.platform={slot.platform}" for slot in plan.calendar if slot.platform not in platforms)


def _drafts(progress):
    platforms = _platforms()
    rubrics = _by_id("rubric")
    for draft in progress.drafts:
        yield from (f"drafts.{draft.id}.platforms.{p}" for p in draft.platforms if p not in platforms)
        for number, review in enumerate(draft.reviews):
            rubric = rubrics.get(review.rubric) if review.rubric else None
            if review.rubric is not None and rubric is None:
                yield f"drafts.{draft.id}.reviews[{number}].rubric={review.rubric}"
            elif rubric is not None:
                criteria = {c.id for c in rubric.criteria}
                yield from (f"drafts.{draft.id}.reviews[{number}].{c}" for c in review.scores if c not in criteria)


def _pretest(progress):
    pretest = load("objectives").pretest
    if not progress.pretest:
        return
    quiz = _by_id("quiz").get(pretest.quiz) if pretest else None
    if quiz is None:
        yield from (f"pretest.{key}" for key in progress.pretest)
        return
    kept = quiz.model_copy(update={"questions": [q for q in quiz.questions if q.id in pretest.questions]})
    yield from _quiz_answers("pretest", kept, progress.pretest)


def _surveys(progress):
    surveys = _by_id("survey")
    for survey_id, answers in progress.surveys.items():
        survey = surveys.get(survey_id)
        if survey is None:
            yield f"surveys.{survey_id}"
            continue
        questions = {q.id: q for q in survey.questions}
        for kind, entries in (("ratings", answers.ratings), ("ticked", answers.ticked), ("comments", answers.comments)):
            for question_id in entries:
                if question_id not in questions:
                    yield f"surveys.{survey_id}.{kind}.{question_id}"
        for question_id, ticked in answers.ticked.items():
            if question_id in questions:
                options = {o.id for o in questions[question_id].options}
                yield from (f"surveys.{survey_id}.ticked.{question_id}={o}" for o in ticked if o not in options)


_CHECKS = {
    "profile": _profile, "visits": _visits, "diagnostic": _diagnostic, "quizzes": _quizzes, "checklists": _checklists,
    "choosers": _choosers, "sortings": _sortings, "self_checks": _self_checks, "routine": _routine, "ideas": _ideas,
    "plan": _plan, "drafts": _drafts, "pretest": _pretest, "surveys": _surveys,
}


def undeclared(progress, sections: Iterable[str] = SECTIONS) -> set[str]:
    """Every reference of ``sections`` that today's content does not declare, as a short path."""
    found: set[str] = set()
    for section in sections:
        found.update(_CHECKS[section](progress))
    return found
