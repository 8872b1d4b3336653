"""The workshop agenda as documents: the trainer page's tables, a printable page (HTML) and Markdown.

>>> from kit.trainer.agenda import build_agenda
>>> agenda = build_agenda(["00", "01"], "demi_journee", "fr")
>>> "<caption>" in agenda_tables_html(agenda, "fr") and agenda_markdown(agenda, "fr").startswith("# ")
True
"""

from __future__ import annotations

from kit.core.documents import render
from kit.core.languages import t
from kit.trainer.agenda import Agenda

_COLUMNS = ("agenda.col_start", "agenda.col_end", "agenda.col_module", "agenda.col_part", "agenda.col_minutes")


def summary_text(agenda: Agenda, lang: str) -> str:
    """One sentence: minutes of teaching, of breaks, and of sessions."""
    return t("agenda.summary", lang, format=agenda.format_name, teaching=agenda.teaching_minutes,
             breaks=agenda.break_minutes, capacity=agenda.capacity)


def _sessions(agenda: Agenda) -> list[tuple[str, list]]:
    sessions: list[tuple[str, list]] = []
    for row in agenda.rows:
        if not sessions or sessions[-1][0] != row.session:
            sessions.append((row.session, []))
        sessions[-1][1].append(row)
    return sessions


def agenda_tables_html(agenda: Agenda, lang: str) -> str:
    """The agenda as HTML tables, one per session, then what does not fit (everything escaped)."""
    return render("partials/agenda_tables.html.j2", lang, sessions=_sessions(agenda), unplaced=agenda.unplaced)


def _title(agenda: Agenda, settings, lang: str) -> str:
    return settings.title if settings and settings.title.strip() else t("agenda.title", lang, format=agenda.format_name)


def agenda_html(agenda: Agenda, lang: str, settings=None) -> str:
    """The agenda as one self-contained, printable HTML page, headed by the session's details when given
    (:class:`kit.trainer.agenda_settings.AgendaSettings`: title, dates, place, audience, trainer)."""
    details = [(t(key, lang), text) for key, text in settings.details()] if settings else []
    return render("agenda.html.j2", lang, title=_title(agenda, settings, lang), details=details, format_name=agenda.format_name,
                  summary=summary_text(agenda, lang), warnings=agenda.warning_texts(lang),
                  sessions=_sessions(agenda), unplaced=agenda.unplaced)


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def agenda_markdown(agenda: Agenda, lang: str, settings=None) -> str:
    """The agenda as Markdown: a title, the session's details, the summary, the warnings and one table per session."""
    lines = [f"# {_title(agenda, settings, lang)}", ""]
    lines += [f"- **{t(key, lang)}** : {text}" if lang == "fr" else f"- **{t(key, lang)}**: {text}" for key, text in (settings.details() if settings else [])]
    lines += ["", summary_text(agenda, lang)] if settings and settings.details() else [summary_text(agenda, lang)]
    warnings = [f"> ⚠ {text}" for text in agenda.warning_texts(lang)]
    lines += ["", *warnings] if warnings else []
    session = None
    for row in agenda.rows:
        if row.session != session:
            session = row.session
            lines += ["", f"## {_cell(session)}", "", "| " + " | ".join(t(key, lang) for key in _COLUMNS) + " |", "|---|---|---|---|---:|"]
        module = "—" if row.is_break else _cell(row.module)
        part = f"*{_cell(row.part)}*" if row.is_break else _cell(row.part)
        lines.append(f"| {row.start} | {row.end} | {module} | {part} | {row.minutes} |")
    if agenda.unplaced:
        lines += ["", f"## {t('agenda.unplaced', lang)}", ""]
        lines += [f"- {_cell(u.module)} — {_cell(u.part)} ({u.minutes} min)" for u in agenda.unplaced]
    return "\n".join(lines) + "\n"
