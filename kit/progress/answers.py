"""The participant's own answers, as ``shown_if`` conditions name them (see :mod:`kit.content.conditions`).

:func:`answer` finds ``situation.compte_perso``, ``diagnostic.up_3``,
``posture.chosen``, ``freins_internes.echec`` or ``profile.sector`` in a progress
file; :func:`holds` says whether a ``shown_if`` list fits the participant, and
:func:`fitting` keeps the items of a list that do. Every view that shows advice,
a checklist item or a card asks here, so no two views decide differently.

>>> from kit.content.conditions import Condition
>>> from kit.progress.model import new_progress
>>> progress = new_progress()
>>> progress.profile.situation["compte_perso"] = "aucun"
>>> holds([Condition.model_validate({"answer": "situation.compte_perso", "in": ["actif", "inactif"]})], progress)
False
>>> holds([Condition.model_validate({"answer": "situation.equipe", "in": ["equipe"]})], progress)  # unanswered: shown
True
"""

from __future__ import annotations


def answer(progress, key: str) -> str | None:
    """The participant's answer to ``key`` (``<exercise>.<question>``) as text, None while unanswered."""
    source, _, question = key.partition(".")
    if source == "situation":
        return progress.profile.situation.get(question)
    if source == "profile":
        value = getattr(progress.profile, question, None) if question == "sector" else None
        return None if value is None else str(value)
    if source == "diagnostic":
        for assessment in reversed(progress.diagnostic.assessments):  # the newest answer counts
            if question in assessment.answers:
                return str(assessment.answers[question])
        return None
    if source in progress.choosers:
        answers = progress.choosers[source]
        return answers.chosen if question == "chosen" else answers.answers.get(question)
    if source in progress.self_checks:
        rating = progress.self_checks[source].get(question)
        return None if rating is None else str(rating)
    return None


def holds(conditions, progress) -> bool:
    """Whether every condition of a ``shown_if`` list fits the participant's answers."""
    for condition in conditions:
        given = answer(progress, condition.answer)
        if given is None:
            if condition.when_unanswered == "hidden":
                return False
        elif given not in condition.values:
            return False
    return True


def fitting(items, progress) -> list:
    """The items (checklist items, cards, statements…) whose ``shown_if`` fits the participant."""
    return [item for item in items if holds(item.shown_if, progress)]


def answered_as(conditions, progress) -> bool:
    """Whether the participant *gave* one of the listed answers to every condition (unanswered: no)."""
    return all(answer(progress, condition.answer) in condition.values for condition in conditions)


def band_words(band, progress) -> tuple:
    """(interpretation, advice) of a diagnostic band for this participant.

    A variant replaces the general words only for a participant who gave one of its
    answers: while a question is unanswered, the general words are shown.
    """
    for variant in band.variants:
        if answered_as(variant.shown_if, progress):
            return variant.interpretation or band.interpretation, variant.advice or band.advice
    return band.interpretation, band.advice


