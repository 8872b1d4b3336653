"""The workshop agenda: the chosen modules' facilitation parts laid out in a session format.

Pure logic (no widgets). Parts keep the order of the modules and of their
notes; a part that does not fit in what is left of a session moves to the
next session; inside a session a break comes before a part when the time
since the last break (or the start) would otherwise exceed ``break_every`` —
if the break fits: near the end of a session, the last parts go on without
one rather than being pushed out. Parts that fit in no session are the overflow.

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


def _fitting(parts: list, minutes: int) -> list:
    """The first parts that fit, one after the other, in ``minutes``."""
    taken, used = [], 0
    for part in parts:
        if used + part[-1] > minutes:
            break
        taken.append(part)
        used += part[-1]
    return taken


def _at_due_break(parts: list, left: int, since_break: int, format: SessionFormat) -> str:
    """What to do when a break is due before ``parts[0]``, with ``left`` minutes left in the session:
    ``"break"``, ``"straight"`` (no break) or ``"next"`` (the part moves to the next session).

    A break goes only where it fits. Near the end of a session, when a break would push out parts
    that fit without it, they go on without one — for at most one break's length over ``break_every``.
    """
    if not format.break_minutes:
        return "straight"  # a format without breaks
    with_break = _fitting(parts, left - format.break_minutes)
    # Without the break: what fits in the session while the stretch stays within one break's length of break_every.
    straight = _fitting(parts, min(left, format.break_every + format.break_minutes - since_break))
    if len(straight) > len(with_break):
        return "straight"
    return "break" if with_break else "next"


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
    parts = []  # (module id, module title, part title, minutes), in the order they are taught
    for module_id in module_ids:
        sheet = notes.get(module_id) if notes is not None else facilitation(module_id)
        if sheet is None:
            agenda.without_notes.append(module_id)
            continue
        title = pick(module_entry(module_id).title, lang)
        parts += [(module_id, title, pick(part.title, lang), part.minutes) for part in sheet.parts]
    agenda.teaching_minutes = sum(minutes for *_, minutes in parts)
    sessions = format.sessions
    index, clock, since_break = 0, clock_minutes(sessions[0].start), 0
    for number, (module_id, title, name, minutes) in enumerate(parts):
        action = "straight"
        while index < len(sessions):
            left = clock_minutes(sessions[index].start) + sessions[index].minutes - clock
            due = since_break > 0 and since_break + minutes > format.break_every
            action = _at_due_break(parts[number:], left, since_break, format) if due and minutes <= left else "straight"
            if minutes <= left and action != "next":
                break
            index += 1  # the part does not fit in what is left: it moves to the next session
            if index < len(sessions):
                clock, since_break = clock_minutes(sessions[index].start), 0
        if index >= len(sessions):
            agenda.unplaced.append(Unplaced(module_id, title, name, minutes))
            continue
        session_name = pick(sessions[index].name, lang)
        if action == "break":
            agenda.rows.append(AgendaRow(session_name, _clock(clock), _clock(clock + format.break_minutes), format.break_minutes, None, "", t("agenda.break", lang)))
            clock += format.break_minutes
            since_break = 0
        agenda.rows.append(AgendaRow(session_name, _clock(clock), _clock(clock + minutes), minutes, module_id, title, name))
        clock += minutes
        since_break += minutes
    return agenda
