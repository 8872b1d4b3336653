"""Trainer-side documents of a session: attendance sheets (one per half-day) and certificates of completion.

Names appear here, and only in these trainer-side documents; a participant
without a name is shown by their code with a line to write the name on.
Every document's footer says that the kit helps produce evidence and
certifies nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kit.core.formatting import number, short_date
from kit.core.languages import pick, t
from kit.exports.pdf import new_pdf, pdf_bytes

BLANK_ROWS = 3  # empty lines on attendance sheets, for a participant without a file


@dataclass
class Participant:
    """One participant of the session: the newest progress file and what the rules make of it."""

    code: str
    name: str | None
    path: str
    progress: object  # kit.progress.model.Progress
    results: list  # kit.evidence.evaluation.ObjectiveResult
    position: object  # kit.evidence.evaluation.Positioning

    @property
    def shown_name(self) -> str:
        return self.name.strip() if self.name and self.name.strip() else ""


def footer(lang: str) -> str:
    return t("evidence.footer", lang)


def hours(value: float, lang: str) -> str:
    """``3,5 h`` / ``3.5 h``."""
    return f"{number(value, lang, 2)} h"


def session_facts(session, lang: str) -> list[tuple[str, str]]:
    """Lines common to every document: title, organisation, trainer, place, dates, funder."""
    dates = short_date(session.first_day, lang) if session.first_day == session.last_day else t("evidence.from_to", lang, first=short_date(session.first_day, lang), last=short_date(session.last_day, lang))
    rows = [
        (t("evidence.session_title", lang), session.title),
        (t("evidence.organisation", lang), session.organisation + (f" — {t('evidence.declaration', lang)} {session.declaration_number}" if session.declaration_number else "")),
        (t("evidence.trainer", lang), session.trainer),
        (t("evidence.place", lang), session.place),
        (t("evidence.dates", lang), dates),
        (t("evidence.duration", lang), t("evidence.duration_value", lang, hours=hours(session.hours, lang), half_days=len(session.half_days))),
    ]
    if session.funder_reference:
        rows.append((t("evidence.funder", lang), session.funder_reference))
    return rows


def half_day_label(half_day, number: int, lang: str) -> str:
    moment = t("evidence.morning" if half_day.morning else "evidence.afternoon", lang)
    return t("evidence.half_day_label", lang, number=number, date=short_date(half_day.date, lang), moment=moment, start=half_day.start, end=half_day.end)


def attendance_pdf(session, half_day, number: int, participants: list[Participant], lang: str, generated: datetime) -> bytes:
    """The attendance sheet of one half-day: participants to sign, then the trainer."""
    title = t("evidence.attendance_title", lang)
    pdf = new_pdf(f"{title} — {half_day_label(half_day, number, lang)}", footer(lang), generated)
    pdf.heading(title)
    pdf.paragraph(half_day_label(half_day, number, lang), size=11, bold=True)
    pdf.facts(session_facts(session, lang))
    rows = []
    for index, person in enumerate(sorted(participants, key=lambda p: (p.shown_name.casefold() or "~", p.code)), start=1):
        who = person.shown_name or t("evidence.name_to_write", lang)
        rows.append([str(index), f"{who} ({person.code})", ""])
    rows += [[str(len(participants) + n), "", ""] for n in range(1, BLANK_ROWS + 1)]
    headers = ["#", t("evidence.col_participant", lang), t("evidence.col_signature", lang)]
    pdf.grid(headers, rows, widths=(10, 96, 72), line_height=8)
    pdf.paragraph(t("evidence.trainer_signs", lang, trainer=session.trainer), bold=True)
    pdf.grid([t("evidence.trainer", lang), t("evidence.col_signature_trainer", lang)], [[session.trainer, ""]], widths=(89, 89), line_height=14)
    return pdf_bytes(pdf)


def certificate_pdf(session, person: Participant, objectives, lang: str, generated: datetime) -> bytes:
    """« Attestation de fin de formation »: the action, its dates and length, each objective and its result."""
    title = t("evidence.certificate_title", lang)
    pdf = new_pdf(f"{title} — {person.code}", footer(lang), generated)
    pdf.heading(title, size=17)
    who = person.shown_name or t("evidence.name_to_write_long", lang, code=person.code)
    pdf.paragraph(t("evidence.certificate_intro", lang, organisation=session.organisation, name=who, title=session.title))
    pdf.facts(session_facts(session, lang) + [(t("evidence.participant_code", lang), person.code)])
    pdf.paragraph(t("evidence.certificate_nature", lang))
    pdf.heading(t("evidence.results_title", lang), size=12)
    labels = level_labels(objectives, lang)
    rows = [[r.module, pick(r.objective.text, lang), labels[r.level]] for r in person.results]
    pdf.grid([t("evidence.col_module", lang), t("evidence.col_objective", lang), t("evidence.col_result", lang)], rows, widths=(18, 112, 48))
    pdf.paragraph(t("evidence.results_how", lang), size=8.5)
    pdf.ln(4)
    pdf.paragraph(t("evidence.signed_at", lang, trainer=session.trainer, organisation=session.organisation))
    return pdf_bytes(pdf)


def level_labels(objectives, lang: str) -> dict[str, str]:
    """« acquis » -> its label in ``lang`` (from ``exercises/objectifs.yaml``)."""
    return {level: pick(getattr(objectives.levels, level), lang) for level in ("acquis", "en_cours", "non_acquis", "non_evalue")}
