"""The later sections of a synthetic participant: exercises, routine, ideas, plan, drafts, surveys.

Each function fills one section of a progress file from a seeded random stream,
only for the modules the participant opened (see :func:`kit.trainer.demo.demo_progress`).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from kit.content.library import load, load_all
from kit.exercises.routine import rhythm
from kit.exercises.rules import cards_for, recommend
from kit.planning.calendar import build_calendar, check_in_dates, local_datetime
from kit.progress.model import (
    ChooserAnswers,
    Draft,
    Idea,
    Plan,
    QuizAnswer,
    Review,
    Routine,
    Slot,
    SurveyAnswers,
    Visit,
)

FIRST_NAMES = [
    "Camille", "Nadia", "Julien", "Sophie", "Karim", "Élodie", "Thierry", "Mélanie", "Yannick", "Inès",
    "Bernard", "Chloé", "Mathieu", "Aurélie", "Hervé", "Léa", "Franck", "Sandrine", "Noël", "Zoé",
]


def _quiz_answers(rng: random.Random, quiz, when: datetime) -> dict[str, QuizAnswer]:
    """About two in three answers as expected; opinions spread over the positions."""
    answers = {}
    for question in quiz.questions:
        if rng.random() < 0.15:
            continue
        if question.type == "true_false":
            truth = "true" if question.answer else "false"
            choices = [truth if rng.random() < 0.7 else ("false" if truth == "true" else "true")]
        elif question.type == "multiple":
            right = [o.id for o in question.options if o.correct]
            choices = right if rng.random() < 0.6 else rng.sample([o.id for o in question.options], k=rng.randint(1, len(question.options)))
        elif question.type == "single" and rng.random() < 0.65:
            choices = [next(o.id for o in question.options if o.correct)]
        else:
            choices = [rng.choice(question.options).id]
        answers[question.id] = QuizAnswer(choices=sorted(set(choices)), answered=when + timedelta(minutes=rng.randint(1, 20)))
    return answers


def exercise_answers(rng: random.Random, visits: dict[str, Visit], sector: str | None) -> dict:
    """Answers to every exercise of the modules this participant opened (modules 02, 03, 05…)."""

    sections = {"quizzes": {}, "checklists": {}, "choosers": {}, "sortings": {}, "self_checks": {}}
    for quiz in load_all("quiz"):
        if quiz.module in visits:
            sections["quizzes"][quiz.id] = _quiz_answers(rng, quiz, visits[quiz.module].first_seen)
    for checklist in load_all("checklist"):
        if checklist.module in visits:
            start = visits[checklist.module].first_seen
            sections["checklists"][checklist.id] = {
                item.id: start + timedelta(days=rng.randint(0, 10)) for item in checklist.items if rng.random() < 0.55
            }
    for chooser in load_all("chooser"):
        if chooser.module in visits:
            answers = {q.id: rng.choice(q.options).id for q in chooser.questions if rng.random() < 0.95}
            best = recommend(chooser, answers)
            chosen = best if best and rng.random() < 0.85 else rng.choice(chooser.outcomes).id
            sections["choosers"][chooser.id] = ChooserAnswers(answers=answers, chosen=chosen)
    for sorting in load_all("sorting"):
        if sorting.module in visits:
            piles = [p.id for p in sorting.piles]
            sections["sortings"][sorting.id] = {
                card.id: card.suggested if rng.random() < 0.7 else rng.choice(piles)
                for card in cards_for(sorting, sector)
                if rng.random() < 0.9
            }
    for check in load_all("self_check"):
        if check.module in visits:
            size = len(check.scale)
            sections["self_checks"][check.id] = {
                item.id: rng.randint(1, size) for group in check.groups for item in group.items if rng.random() < 0.9
            }
    return sections


def routine_section(rng: random.Random, visits: dict[str, Visit]) -> Routine:
    """Module 04: a few hours of old habits, a modest budget and a beginner's routine."""

    budgets = load_all("time_budget")
    if "04" not in visits or not budgets:
        return Routine()
    budget = budgets[0]
    activities = {a.id: max(0, a.default_per_week + rng.choice((-1, 0, 0, 1))) for a in budget.activities}
    if not any(activities[a.id] for a in budget.activities if a.publishes):
        activities[next(a.id for a in budget.activities if a.publishes)] = 1
    days = sorted(rng.sample(["mon", "tue", "wed", "thu", "fri", "sat"], k=rng.randint(2, 4)), key=["mon", "tue", "wed", "thu", "fri", "sat"].index)
    return Routine(
        current_hours={h.id: round(rng.uniform(0, 6) * 2) / 2 for h in budget.current_habits},
        budget_minutes=rng.choice((45, 60, 90, 120, 150)),
        activities=activities,
        days=days,
        switches=[h.id for h in budget.habit_switches if rng.random() < 0.4],
    )


def idea_section(rng: random.Random, visits: dict[str, Visit], sector: str | None, lang: str) -> list[Idea]:
    """Module 06: ideas inspired by the prompts' examples for the participant's sector."""

    banks = load_all("idea_prompts")
    if "06" not in visits or not banks:
        return []
    ideas = []
    for pillar in banks[0].pillars:
        for prompt in pillar.prompts:
            examples = [e for e in prompt.examples if e.sector == sector] or prompt.examples
            if rng.random() < 0.45:
                example = rng.choice(examples)
                text = getattr(example.example, lang)
                when = visits["06"].first_seen + timedelta(minutes=len(ideas) * 3)
                ideas.append(Idea(id=f"{rng.getrandbits(48):012x}", text=text, pillar=pillar.id, level=pillar.level, prompt=prompt.id, created=when))
    return ideas


_REASONS = {
    "fr": ("Mes clients y sont.", "C’est là que l’on cherche un artisan.", "Pour être trouvé dans le quartier."),
    "en": ("My customers are there.", "That is where people look for a craftsperson.", "To be found in the neighbourhood."),
}


def plan_section(rng: random.Random, visits: dict[str, Visit], routine: Routine, ideas: list[Idea], lang: str) -> Plan:
    """Module 08: objectives, platforms, and the 30-day calendar built from the routine and the ideas."""

    strategies, budgets = load_all("strategy"), load_all("time_budget")
    if "08" not in visits or not strategies or not budgets:
        return Plan()
    strategy = strategies[0]
    platforms = rng.sample(strategy.platforms, k=rng.randint(1, 3))
    plan = Plan(
        objectives=[o.id for o in rng.sample(strategy.objectives, k=rng.randint(1, 3))],
        audiences=[a.id for a in rng.sample(strategy.audiences, k=rng.randint(1, 2))],
        platforms={p.platform: rng.choice(_REASONS[lang]) for p in platforms},
        pillars=sorted({i.pillar for i in ideas})[:4],
        start=(visits["08"].first_seen + timedelta(days=rng.randint(1, 7))).date(),
        time=strategy.default_time,
    )
    days = routine.days or ["tue", "fri"]
    slots = build_calendar(plan, days, max(1, rhythm(budgets[0], routine.activities)), ideas, strategy.plan_days)
    return plan.model_copy(update={"calendar": [Slot(**slot) for slot in slots], "check_ins": check_in_dates(plan.start, [c.day for c in strategy.check_ins])})


def draft_section(rng: random.Random, visits: dict[str, Visit], ideas: list[Idea], plan: Plan) -> list[Draft]:
    """Module 07: a few drafts written from ideas, some reviewed by a neighbour, some dated on the plan."""

    rubrics = load_all("rubric")
    if "07" not in visits or not ideas:
        return []
    drafts = []
    for index, idea in enumerate(rng.sample(ideas, k=min(len(ideas), rng.randint(0, 3)))):
        when = visits["07"].first_seen + timedelta(minutes=10 * index)
        text = idea.text + rng.choice(("", "\n\nEt vous, vous auriez fait comment ?", " Passez nous voir cette semaine ! #artisan #local"))
        platforms = sorted(rng.sample(list(plan.platforms) or ["facebook", "instagram", "linkedin"], k=1))
        slot = plan.calendar[index] if index < len(plan.calendar) and rng.random() < 0.6 else None
        reviews = []
        if rubrics and rng.random() < 0.5:
            reviews.append(Review(reviewer=rng.choice(FIRST_NAMES), rubric=rubrics[0].id, scores={c.id: rng.randint(2, len(rubrics[0].scale)) for c in rubrics[0].criteria}, reviewed=when + timedelta(minutes=5)))
        drafts.append(Draft(
            id=f"{rng.getrandbits(48):012x}", title=idea.text[:40], text=text, platforms=platforms,
            status="ready" if rng.random() < 0.4 else "draft", planned=local_datetime(slot.day, slot.time) if slot else None,
            idea=idea.id, created=when, updated=when + timedelta(minutes=3), reviews=reviews,
        ))
    return drafts


_COMMENTS = {
    "points_forts": ["Très concret, on repart avec un plan.", "Le tri des informations m’a fait réfléchir.", "Enfin compris la différence entre profil et page !", "Super atelier & très concret <3"],
    "a_ameliorer": ["Un peu court pour tout faire.", "Plus de temps sur la rédaction.", "La connexion Wi-Fi était lente."],
    "frein_restant": ["Toujours le manque de temps le samedi.", "Je n’ose pas encore filmer l’atelier."],
    "commentaires": ["Je publie deux fois par semaine maintenant.", "Merci, les clients en parlent au comptoir."],
}


def _survey_answers(rng: random.Random, survey, when: datetime, mood: float) -> SurveyAnswers:
    """Ratings around ``mood`` (0 unhappy .. 1 happy), a few ticks, sometimes a comment."""
    ratings, ticked, comments = {}, {}, {}
    for question in survey.questions:
        if question.type == "scale":
            size = len(survey.scale(question.scale).labels)
            ratings[question.id] = min(size, max(1, round(1 + (size - 1) * mood + rng.gauss(0, 0.6))))
        elif question.type == "choices":
            ticked[question.id] = sorted(o.id for o in question.options[:-1] if rng.random() < mood * 0.8) or [question.options[-1].id]
        elif rng.random() < 0.4:
            comments[question.id] = rng.choice(_COMMENTS.get(question.id, ["Merci !"]))
    return SurveyAnswers(ratings=ratings, ticked=ticked, comments=comments, updated=when, completed=when + timedelta(minutes=4))


def evidence_sections(seed: int, visits: dict[str, Visit], plan: Plan, time_of_day) -> dict:
    """Qualiopi sections: the pre-test at entry for some, the surveys « à chaud » and « à froid » for others.

    A separate random stream, so that adding these sections left every other section of a seed unchanged.
    """

    rng = random.Random(f"qualiopi-{seed}")
    sections = {"pretest": {}, "surveys": {}}
    pretest = load("objectives").pretest
    quizzes = {q.id: q for q in load_all("quiz")}
    if pretest and "00" in visits and rng.random() < 0.6:
        questions = [q for q in quizzes[pretest.quiz].questions if q.id in pretest.questions]
        start = visits["00"].first_seen
        sections["pretest"] = _quiz_answers(rng, quizzes[pretest.quiz].model_copy(update={"questions": questions}), start)
    surveys = {s.moment: s for s in load_all("survey")}
    mood = rng.betavariate(4, 1.6)
    if "chaud" in surveys and "08" in visits and rng.random() < 0.85:
        sections["surveys"][surveys["chaud"].id] = _survey_answers(rng, surveys["chaud"], visits["08"].last_seen, mood)
    froid = surveys.get("froid")
    if froid and plan.start and rng.random() < 0.5:
        when = datetime.combine(plan.start, time_of_day) + timedelta(days=(froid.offer_on_day or 30) + rng.randint(0, 20))
        sections["surveys"][froid.id] = _survey_answers(rng, froid, when, mood)
    return sections
