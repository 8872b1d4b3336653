"""Pure rules of the exercises: quiz feedback, chooser recommendation, sorting comparison, self-check priorities.

No widgets here: the views in ``kit/ui/`` call these functions, and so do
tests and the cohort report.

>>> verdict_for_true_false(True, [ "true" ])
'right'
"""

from __future__ import annotations

from dataclasses import dataclass

RIGHT, PARTLY, NOT_YET, OPINION = "right", "partly", "not_yet", "opinion"


# --- quiz --------------------------------------------------------------------------------
def verdict_for_true_false(answer: bool, choices: list[str]) -> str:
    return RIGHT if choices == [("true" if answer else "false")] else NOT_YET


def verdict(question, choices: list[str]) -> str:
    """How an answer compares with the expected one: right, partly, not_yet — or opinion (never judged).

    Multiple choice is ``partly`` when some but not all correct options are
    chosen and no wrong one is.
    """
    if question.type == "opinion":
        return OPINION
    if question.type == "true_false":
        return verdict_for_true_false(question.answer, choices)
    correct = {o.id for o in question.options if o.correct}
    chosen = set(choices)
    if chosen == correct:
        return RIGHT
    if question.type == "multiple" and chosen and chosen < correct:
        return PARTLY
    return NOT_YET


def quiz_tally(quiz, answers: dict) -> dict[str, int]:
    """``{"right": n, "answered": n, "gradable": n, "opinions": n}`` for a quiz and its answers."""
    tally = {"right": 0, "answered": 0, "gradable": 0, "opinions": 0}
    for question in quiz.questions:
        if question.type == "opinion":
            tally["opinions"] += question.id in answers
            continue
        tally["gradable"] += 1
        if question.id in answers:
            tally["answered"] += 1
            tally["right"] += verdict(question, answers[question.id].choices) == RIGHT
    return tally


# --- chooser -------------------------------------------------------------------------------
def chooser_totals(chooser, answers: dict[str, str]) -> dict[str, int]:
    """Points per outcome from the answers given so far."""
    totals = {outcome.id: 0 for outcome in chooser.outcomes}
    for question in chooser.questions:
        option = next((o for o in question.options if o.id == answers.get(question.id)), None)
        for outcome, points in (option.points.items() if option else ()):
            totals[outcome] += points
    return totals


def recommend(chooser, answers: dict[str, str]) -> str | None:
    """The outcome with the most points once every question is answered (ties: the first in the file)."""
    if any(q.id not in answers for q in chooser.questions):
        return None
    totals = chooser_totals(chooser, answers)
    return max(chooser.outcomes, key=lambda o: totals[o.id]).id  # max keeps the first of equals


# --- sorting -------------------------------------------------------------------------------
@dataclass(frozen=True)
class SortedCard:
    card: object
    yours: str | None
    suggested: str

    @property
    def same(self) -> bool:
        return self.yours == self.suggested


def cards_for(sorting, sector: str | None) -> list:
    """The cards for every sector, then those of the participant's own sector."""
    general = [c for c in sorting.cards if not c.sectors]
    own = [c for c in sorting.cards if sector and sector in c.sectors]
    return general + own


def participant_cards(sorting, progress) -> list:
    """The participant's deck: the cards of their sector whose ``shown_if`` fits their answers."""
    from kit.progress.answers import fitting

    return fitting(cards_for(sorting, progress.profile.sector), progress)


def compare_sorting(sorting, progress) -> list[SortedCard]:
    """Each card of the participant's deck with their pile and the suggested one."""
    placed = progress.sortings.get(sorting.id, {})
    return [SortedCard(card, placed.get(card.id), card.suggested) for card in participant_cards(sorting, progress)]


# --- self-check ----------------------------------------------------------------------------
def asked_items(self_check, progress=None) -> list[tuple[object, object]]:
    """``(item, group)`` of a self-check, in file order; with ``progress``, only those whose ``shown_if`` fits."""
    from kit.progress.answers import holds

    return [(item, group) for group in self_check.groups for item in group.items if progress is None or holds(item.shown_if, progress)]


def priorities(self_check, ratings: dict[str, int], progress=None) -> list[tuple[object, object, int]]:
    """``(item, group, rating)`` rated at or above the threshold, strongest first (ties: file order).

    With ``progress``, items that do not fit the participant (``shown_if``) are left out even if rated.
    """
    found = [(item, group, ratings[item.id]) for item, group in asked_items(self_check, progress) if ratings.get(item.id, 0) >= self_check.threshold]
    return sorted(found, key=lambda entry: -entry[2])
