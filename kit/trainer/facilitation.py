"""What the trainer reads while running a module: facilitation notes and the exercises' answer key.

Trainer side only: participant notebooks never show this (a test checks that
they do not import it). Pure HTML builders, every content string escaped.

>>> "Durée totale" in notes_html("04", "fr")
True
>>> "bonne réponse" in answer_key_html("02", "fr")
True
"""

from __future__ import annotations

import html

from kit.content.library import facilitation, load, load_all, module_entry
from kit.content.names import module_label
from kit.core.documents import table_html
from kit.core.languages import pick, t
from kit.core.notices import notice_html


def _e(text) -> str:
    return html.escape(str(text))


def notes_html(module_id: str, lang: str) -> str:
    """The module's running order (parts, minutes, notes), total, questions, objections and answers."""
    entry = module_entry(module_id)
    title = f"<h2 class='kit-heading'>{_e(module_label(entry.id, lang))}</h2>"
    sheet = facilitation(module_id)
    if sheet is None:
        return title + notice_html(t("facilitator.no_notes", lang), "info")
    parts = "".join(
        f"<li><strong>{_e(t('facilitator.part', lang, title=pick(p.title, lang), minutes=p.minutes))}</strong>"
        f"<p>{_e(pick(p.notes, lang))}</p></li>"
        for p in sheet.parts
    )
    questions = "".join(f"<li>{_e(pick(q, lang))}</li>" for q in sheet.questions)
    objections = "".join(
        f"<div class='kit-card'><p><strong>{_e(t('facilitator.objection', lang))}</strong> {_e(pick(o.objection, lang))}</p>"
        f"<p><strong>{_e(t('facilitator.answer', lang))}</strong> {_e(pick(o.answer, lang))}</p></div>"
        for o in sheet.objections
    )
    return (
        f"{title}<p><strong>{_e(t('facilitator.total', lang, minutes=sheet.total_minutes))}</strong></p>"
        f"<h3 class='kit-heading'>{_e(t('facilitator.parts', lang))}</h3><ol>{parts}</ol>"
        f"<h3 class='kit-heading'>{_e(t('facilitator.questions', lang))}</h3><ul>{questions}</ul>"
        f"<h3 class='kit-heading'>{_e(t('facilitator.objections', lang))}</h3>{objections}"
    )


def answer_key_html(module_id: str, lang: str) -> str:
    """The suggested answers of the module's quizzes, sorting exercises and stance choosers."""
    sections = [_quiz_html(q, lang) for q in load_all("quiz") if q.module == module_id]
    sections += [_sorting_html(s, lang) for s in load_all("sorting") if s.module == module_id]
    sections += [_chooser_html(c, lang) for c in load_all("chooser") if c.module == module_id]
    if not sections:
        return notice_html(t("facilitator.no_exercise", lang), "info")
    return "".join(sections)


# --- quiz -----------------------------------------------------------------------------------
def _quiz_html(quiz, lang: str) -> str:
    cards = "".join(_question_html(n, q, lang) for n, q in enumerate(quiz.questions, start=1))
    return f"<h3 class='kit-heading'>{_e(pick(quiz.title, lang))}</h3>{cards}"


def _question_html(number: int, question, lang: str) -> str:
    head = f"<p><strong>{number}. {_e(pick(question.question, lang))}</strong></p>"
    explanation = f"<p><strong>{_e(t('facilitator.explanation', lang))}</strong> {_e(pick(question.explanation, lang))}</p>"
    if question.type == "opinion":
        sides = "".join(f"<li><strong>{_e(pick(o.text, lang))}</strong> — {_e(pick(o.argument, lang))}</li>" for o in question.options)
        body = f"<p>{_e(t('facilitator.opinion', lang))}</p><ul>{sides}</ul>"
        return f"<div class='kit-card kit-opinion' data-question='{_e(question.id)}'>{head}{body}</div>"
    if question.type == "true_false":
        answer = t("quiz.true" if question.answer else "quiz.false", lang)
        body = f"<p>✔ {_e(t('facilitator.expected_true_false', lang, answer=answer))}</p>"
    else:
        items = "".join(
            f"<li>{'✔ ' if o.correct else ''}{_e(pick(o.text, lang))}"
            f"{' <strong>(' + _e(t('facilitator.correct', lang)) + ')</strong>' if o.correct else ''}</li>"
            for o in question.options
        )
        body = f"<p>{_e(t('facilitator.expected', lang))}</p><ul>{items}</ul>"
    return f"<div class='kit-card kit-graded' data-question='{_e(question.id)}'>{head}{body}{explanation}</div>"


# --- sorting --------------------------------------------------------------------------------
def _sorting_html(sorting, lang: str) -> str:
    piles = {p.id: pick(p.name, lang) for p in sorting.piles}
    sectors = [(s.id, pick(s.name, lang)) for s in load("sectors").sectors]
    groups = [(t("facilitator.all_sectors", lang), [c for c in sorting.cards if not c.sectors])]
    groups += [(t("facilitator.sector_cards", lang, sector=name), [c for c in sorting.cards if sector in c.sectors]) for sector, name in sectors]
    head = [t(k, lang) for k in ("facilitator.col_card", "facilitator.col_pile", "facilitator.col_reason")]
    tables = "".join(
        table_html(head, [[pick(c.text, lang), piles[c.suggested], pick(c.reason, lang)] for c in cards], lang,
                   caption=caption, row_data=[{"card": c.id} for c in cards])
        for caption, cards in groups
        if cards
    )
    return (
        f"<h3 class='kit-heading'>{_e(pick(sorting.title, lang))}</h3>"
        f"<p>{_e(t('facilitator.sorting_note', lang))}</p>{tables}"
    )


# --- chooser --------------------------------------------------------------------------------
def _chooser_html(chooser, lang: str) -> str:
    outcomes = [(o.id, pick(o.name, lang)) for o in chooser.outcomes]
    head = [t("facilitator.col_option", lang), *(name for _, name in outcomes)]
    tables = "".join(
        table_html(head, [[pick(o.text, lang), *(o.points.get(oid, 0) for oid, _ in outcomes)] for o in question.options], lang,
                   caption=f"{number}. {pick(question.question, lang)}", row_headers=True)
        for number, question in enumerate(chooser.questions, start=1)
    )
    return (
        f"<h3 class='kit-heading'>{_e(pick(chooser.title, lang))}</h3>"
        f"<p>{_e(t('facilitator.points_title', lang))}</p>{tables}"
    )
