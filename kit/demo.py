"""Synthetic participants: realistic, varied, schema-valid progress files.

Used by cohort tests, benchmarks and trainers who want to try the reports.
The same seed always gives the same file.

>>> a, b = demo_progress(1), demo_progress(1)
>>> a == b, a.profile.id == demo_progress(2).profile.id
(True, False)
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path

from kit.progress.model import (
    Assessment, ChooserAnswers, DiagnosticSection, Draft, Idea, Plan, Profile, Progress, QuizAnswer, Review, Routine, Slot, SurveyAnswers, Visit,
)

# Every synthetic file is dated around this day, so that a seed gives the same file forever. Everything a
# file records (the workshop, the 30-day plan, the re-take, the survey at day 30) happened within
# LATEST_EVENT_DAYS after it: early enough that no file is ever dated in the future.
BASE_DAY = datetime(2026, 9, 21, 9, 0, tzinfo=timezone(timedelta(hours=2)))
LATEST_EVENT_DAYS = 60

_FIRST_NAMES = [
    "Camille", "Nadia", "Julien", "Sophie", "Karim", "Élodie", "Thierry", "Mélanie", "Yannick", "Inès",
    "Bernard", "Chloé", "Mathieu", "Aurélie", "Hervé", "Léa", "Franck", "Sandrine", "Noël", "Zoé",
]
_LAST_INITIALS = "ABCDEFGHJLMNPRST"


@lru_cache(maxsize=1)
def _sector_ids() -> tuple[str, ...]:
    from kit.content.library import load

    return tuple(s.id for s in load("sectors").sectors)


def _profile(rng: random.Random, created: datetime, sector: str | None) -> Profile:
    first = rng.choice(_FIRST_NAMES)
    initial = rng.choice(_LAST_INITIALS)
    named = rng.random() < 0.8
    return Profile(
        id=uuid.UUID(int=rng.getrandbits(128)).hex,
        display_name=f"{first} {initial}." if named else None,
        email=f"{first.lower().replace('é', 'e').replace('è', 'e').replace('ë', 'e')}.{initial.lower()}@exemple.fr" if named and rng.random() < 0.6 else None,
        sector=_chosen_sector(rng.choice(_sector_ids()), sector),
        language="en" if rng.random() < 0.1 else "fr",
        created=created,
    )


def _chosen_sector(drawn: str, asked: str | None) -> str:
    """The sector asked for (``--sector``), else the one drawn; an unknown one is refused with the choices."""
    if asked is None:
        return drawn
    if asked not in _sector_ids():
        raise ValueError(f"unknown sector {asked!r}; sectors: {', '.join(_sector_ids())}")
    return asked


def _visits(rng: random.Random, created: datetime) -> dict[str, Visit]:
    # Most participants of a workshop go through every module; some stop early.
    reached = 8 if rng.random() < 0.6 else rng.randint(0, 7)
    visits = {}
    for number in range(reached + 1):
        first = created + timedelta(minutes=25 * number + rng.randint(0, 10))
        visits[f"{number:02d}"] = Visit(first_seen=first, last_seen=first + timedelta(minutes=rng.randint(5, 40)))
    return visits


def _answers(rng: random.Random, content, strengths: dict[str, float], complete: bool) -> dict[str, int]:
    """Answers consistent with hidden barrier strengths (0 none .. 1 strong), with some noise."""
    size = len(content.scale)
    answers = {}
    for barrier in content.barriers:
        for statement in barrier.statements:
            if not complete and rng.random() < 0.4:
                continue
            level = strengths[barrier.barrier]
            level = 1 - level if statement.reverse else level
            answers[statement.id] = min(size, max(1, round(1 + (size - 1) * level + rng.gauss(0, 0.7))))
    return answers


def _assessment(rng, content, strengths, started: datetime, complete: bool) -> Assessment:
    from kit.scoring import scores

    answers = _answers(rng, content, strengths, complete)
    return Assessment(
        started=started,
        completed=started + timedelta(minutes=rng.randint(6, 20)) if complete else None,
        answers=answers,
        scores=scores(content, answers),
    )


def _diagnostic(rng: random.Random, visits: dict[str, Visit]) -> DiagnosticSection:
    """T0 for most participants who opened module 01, T1 for some of them weeks later."""
    from kit.content.library import load

    if "01" not in visits:
        return DiagnosticSection()
    content = load("diagnostic")
    strengths = {b.barrier: rng.betavariate(2, 2) for b in content.barriers}
    started = visits["01"].first_seen
    first = _assessment(rng, content, strengths, started, complete=rng.random() < 0.9)
    assessments = [first]
    if first.completed and rng.random() < 0.4:
        progressed = {k: max(0.0, v - rng.uniform(-0.05, 0.35)) for k, v in strengths.items()}
        assessments.append(_assessment(rng, content, progressed, started + timedelta(days=rng.randint(21, 45)), complete=True))
    return DiagnosticSection(assessments=assessments)


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


def _exercises(rng: random.Random, visits: dict[str, Visit], sector: str | None) -> dict:
    """Answers to every exercise of the modules this participant opened (modules 02, 03, 05…)."""
    from kit.content.library import load_all
    from kit.exercise_logic import cards_for, recommend

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


def _routine(rng: random.Random, visits: dict[str, Visit]) -> Routine:
    """Module 04: a few hours of old habits, a modest budget and a beginner's routine."""
    from kit.content.library import load_all

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


def _ideas(rng: random.Random, visits: dict[str, Visit], sector: str | None, lang: str) -> list[Idea]:
    """Module 06: ideas inspired by the prompts' examples for the participant's sector."""
    from kit.content.library import load_all

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


def _plan(rng: random.Random, visits: dict[str, Visit], routine: Routine, ideas: list[Idea], lang: str) -> Plan:
    """Module 08: objectives, platforms, and the 30-day calendar built from the routine and the ideas."""
    from kit.calendar_plan import build_calendar, check_in_dates
    from kit.content.library import load_all
    from kit.routine import rhythm

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


def _drafts(rng: random.Random, visits: dict[str, Visit], ideas: list[Idea], plan: Plan) -> list[Draft]:
    """Module 07: a few drafts written from ideas, some reviewed by a neighbour, some dated on the plan."""
    from kit.calendar_plan import local_datetime
    from kit.content.library import load_all

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
            reviews.append(Review(reviewer=rng.choice(_FIRST_NAMES), rubric=rubrics[0].id, scores={c.id: rng.randint(2, len(rubrics[0].scale)) for c in rubrics[0].criteria}, reviewed=when + timedelta(minutes=5)))
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


def _evidence(seed: int, visits: dict[str, Visit], plan: Plan) -> dict:
    """Qualiopi sections: the pre-test at entry for some, the surveys « à chaud » and « à froid » for others.

    A separate random stream, so that adding these sections left every other section of a seed unchanged.
    """
    from kit.content.library import load, load_all

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
        when = datetime.combine(plan.start, BASE_DAY.timetz()) + timedelta(days=(froid.offer_on_day or 30) - 1 + rng.randint(0, 20))
        sections["surveys"][froid.id] = _survey_answers(rng, froid, when, mood)
    return sections


def demo_progress(seed: int, sector: str | None = None) -> Progress:
    """One synthetic participant, the same for the same ``seed`` (and ``sector``, when one is asked for).

    Raises:
        ValueError: ``sector`` is not an id of ``exercises/sectors.yaml``.
    """
    rng = random.Random(seed)
    created = BASE_DAY - timedelta(days=rng.randint(0, 60)) + timedelta(minutes=rng.randint(0, 480))
    profile = _profile(rng, created, sector)
    visits = _visits(rng, created)
    diagnostic = _diagnostic(rng, visits)
    stamps = [v.last_seen for v in visits.values()] + [a.completed or a.started for a in diagnostic.assessments]
    routine = _routine(rng, visits)
    ideas = _ideas(rng, visits, profile.sector, profile.language)
    plan = _plan(rng, visits, routine, ideas, profile.language)
    evidence = _evidence(seed, visits, plan)
    stamps += [a.updated for a in evidence["surveys"].values()]
    return Progress(
        saved_at=max(stamps, default=created), profile=profile, visits=visits, diagnostic=diagnostic,
        **_exercises(rng, visits, profile.sector), routine=routine, ideas=ideas, plan=plan, drafts=_drafts(rng, visits, ideas, plan),
        **evidence,
    )


def write_demo_files(out_dir: Path, count: int, first_seed: int = 1, sector: str | None = None) -> list[Path]:
    """Write ``count`` files ``demo-0001.json``… into ``out_dir`` (created if needed), all of ``sector`` if given."""
    from kit.progress.store import atomic_write, progress_bytes

    out_dir.mkdir(parents=True, exist_ok=True)
    width = max(4, len(str(count)))
    paths = []
    for index in range(count):
        path = out_dir / f"demo-{index + 1:0{width}d}.json"
        atomic_write(path, [progress_bytes(demo_progress(first_seed + index, sector))])
        paths.append(path)
    return paths
