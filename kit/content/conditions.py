"""``shown_if``: advice, a checklist item or a card that only fits some participants.

A piece of content that presumes a situation (a personal account, a team, a
page that already exists) says so in YAML, on the participant's own answers::

    shown_if:
      - answer: situation.compte_perso   # <exercise id>.<question id>
        in: [actif, inactif]             # the answers for which it is shown
        when_unanswered: shown           # or hidden (default: shown)

Every condition of the list must hold. The answers a condition can name are
declared by the files that ask them — ``situation.<question>`` (module 00),
``diagnostic.<statement>`` (its scale's values), ``<chooser>.<question>`` and
``<chooser>.chosen``, ``<self-check>.<item>``, ``profile.sector`` — so
``python -m kit validate`` refuses an unknown question or an answer no one can
give. Evaluating a condition on a progress file is :mod:`kit.progress.answers`.

>>> Condition.model_validate({"answer": "situation.equipe", "in": ["equipe"]}).values
('equipe',)
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, StringConstraints

from kit.content.common import Model, Reference

AnswerKey = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_]*\.[a-z0-9][a-z0-9_]*$", max_length=121)]


def _as_texts(values):
    # YAML gives 4 for a scale point; answers are compared as text ("4").
    if isinstance(values, (list, tuple)):
        return tuple(str(v) if isinstance(v, int) and not isinstance(v, bool) else v for v in values)
    return values


class Condition(Model):
    """One answer the participant must have given for the content to be shown."""

    answer: AnswerKey = Field(description="<exercise id>.<question id>, e.g. situation.compte_perso or diagnostic.up_3.")
    values: Annotated[tuple[Annotated[str, StringConstraints(min_length=1, max_length=60)], ...], BeforeValidator(_as_texts)] = Field(
        alias="in", min_length=1, description="The answers for which the content is shown.")
    when_unanswered: Literal["shown", "hidden"] = Field(default="shown", description="What happens while the question has no answer.")


Conditions = list[Condition]


def answer_references(conditions: list[Condition], loc: tuple) -> list[Reference]:
    """What a ``shown_if`` list uses: each question, and each answer as one of that question's answers."""
    refs = []
    for i, condition in enumerate(conditions):
        refs.append(Reference("answer", (*loc, i, "answer"), condition.answer))
        refs += [Reference(f"answer_value:{condition.answer}", (*loc, i, "in", j), value) for j, value in enumerate(condition.values)]
    return refs


def answer_declarations(key: str, values, loc: tuple) -> list[Reference]:
    """What a question declares: its key and every answer it can receive."""
    return [Reference("answer", loc, key)] + [Reference(f"answer_value:{key}", loc, str(value)) for value in values]
