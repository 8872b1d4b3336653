"""The workshop agenda: the chosen modules' facilitation parts laid out in a session format.

Pure logic (no widgets). Parts keep the order of the modules and of their
notes; a part that does not fit in what is left of a session moves to the
next session; inside a session a break comes before a part when the time
since the last break (or the start) would otherwise exceed ``break_every``.
Parts that fit in no session are the overflow.

>>> agenda = build_agenda(["00", "01"], "demi_journee", "fr")
>>> agenda.fits, agenda.teaching_minutes, agenda.capacity
(True, 50, 210)
>>> agenda.rows[0].start, agenda.rows[0].module
('09:00', 'Bienvenue')
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from kit.content.library import facilitation, load, module_entry
from kit.content.trainer import SessionFormat, clock_minutes
from kit.core.languages import pick, t


@dataclass(frozen=True)
class AgendaRow:
    """One line of the agenda: a part of a module, or a break (``module_id`` None)."""

    session: str
    start: str
    end: str
    minutes: int
    module_id: str | None
    module: str
    part: str

    @property
    def is_break(self) -> bool:
        return self.module_id is None


@dataclass(frozen=True)
class Unplaced:
    """A part that fits in no session of the format."""

    module_id: str
    module: str
    part: str
    minutes: int


@dataclass
class Agenda:
    """The agenda of a workshop, and whether the chosen modules fit the format.

    ``teaching_minutes`` counts the parts of the chosen modules (breaks not
    included); ``capacity`` the minutes of all the sessions, breaks included.
    """

    format_id: str
    format_name: str
    lang: str
    module_ids: list[str]
    rows: list[AgendaRow] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)
    without_notes: list[str] = field(default_factory=list)
    teaching_minutes: int = 0
    capacity: int = 0

    @property
    def fits(self) -> bool:
        return not self.unplaced

    @property
    def overflow_minutes(self) -> int:
        return sum(u.minutes for u in self.unplaced)

    @property
    def break_minutes(self) -> int:
        return sum(r.minutes for r in self.rows if r.is_break)

    def warnings(self) -> list[tuple[str, dict]]:
        """What the trainer should know, as ``(message key, parameters)`` pairs."""
        found = []
        if not self.module_ids:
            found.append(("agenda.warn_nothing", {}))
        if self.unplaced:
            found.append(("agenda.warn_overflow", {"overflow": self.overflow_minutes, "format": self.format_name,
                                                   "teaching": self.teaching_minutes, "breaks": self.break_minutes,
                                                   "needed": self.teaching_minutes + self.break_minutes, "capacity": self.capacity}))
        if self.without_notes:
            found.append(("agenda.warn_no_notes", {"modules": ", ".join(self.without_notes)}))
        return found

    def warning_texts(self, lang: str | None = None) -> list[str]:
        """The warnings in words."""
        return [t(key, lang or self.lang, **params) for key, params in self.warnings()]


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def build_agenda(module_ids: list[str], format: SessionFormat | str, lang: str = "fr", notes: Mapping | None = None) -> Agenda:
    """Lay the facilitation parts of ``module_ids`` (in that order) into the sessions of ``format``.

    Args:
        module_ids: modules to run, e.g. ``["00", "01", "02"]``.
        format: a format of ``exercises/formats.yaml``, or its id (``"journee"``).
        lang: language of the names in the rows.
        notes: module id -> its facilitation notes (default: ``exercises/facilitation/``);
            modules without notes are skipped and listed in ``without_notes``.
    """
    if isinstance(format, str):
        format = load("session_formats").format(format)
    agenda = Agenda(format.id, pick(format.name, lang), lang, list(module_ids), capacity=format.capacity)
    sessions = format.sessions
    index, clock, since_break = 0, clock_minutes(sessions[0].start), 0
    for module_id in module_ids:
        sheet = notes.get(module_id) if notes is not None else facilitation(module_id)
        if sheet is None:
            agenda.without_notes.append(module_id)
            continue
        title = pick(module_entry(module_id).title, lang)
        for part in sheet.parts:
            agenda.teaching_minutes += part.minutes
            name = pick(part.title, lang)
            while index < len(sessions):
                session = sessions[index]
                left = clock_minutes(session.start) + session.minutes - clock
                needs_break = since_break > 0 and since_break + part.minutes > format.break_every
                if part.minutes + (format.break_minutes if needs_break else 0) <= left:
                    break
                index += 1  # move to the next session
                if index < len(sessions):
                    clock, since_break = clock_minutes(sessions[index].start), 0
            if index >= len(sessions):
                agenda.unplaced.append(Unplaced(module_id, title, name, part.minutes))
                continue
            session_name = pick(sessions[index].name, lang)
            if needs_break and format.break_minutes:
                agenda.rows.append(AgendaRow(session_name, _clock(clock), _clock(clock + format.break_minutes), format.break_minutes, None, "", t("agenda.break", lang)))
                clock += format.break_minutes
            if needs_break:
                since_break = 0
            agenda.rows.append(AgendaRow(session_name, _clock(clock), _clock(clock + part.minutes), part.minutes, module_id, title, name))
            clock += part.minutes
            since_break += part.minutes
    return agenda
