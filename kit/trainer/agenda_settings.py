"""The trainer's agenda choices, kept between visits: modules, format, and what the printed agenda says.

The agenda page saves them at every change (``agenda-formateur.json`` in the
trainer's data folder, owner-only, atomic) and shows them again when it is
reopened. A session file (``kind: session``, the one the evidence pack uses)
fills in the title, the dates, the place, the audience, the trainer and the
modules at once.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> save_settings(AgendaSettings(modules=["00", "01"], format_id="journee", title="Atelier"), folder).name
'agenda-formateur.json'
>>> load_settings(folder).modules, load_settings(folder).title
(['00', '01'], 'Atelier')
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from kit.core.files import atomic_write
from kit.core.formatting import day
from kit.core.paths import data_dir

FILE_NAME = "agenda-formateur.json"
TEXT_LIMIT = 300  # characters kept per field (what a printed header can hold)


@dataclass
class AgendaSettings:
    """What the trainer chose on the agenda page."""

    modules: list[str] = field(default_factory=list)
    format_id: str | None = None
    title: str = ""
    dates: str = ""
    place: str = ""
    audience: str = ""
    trainer: str = ""

    def details(self) -> list[tuple[str, str]]:
        """The header lines of the printed agenda: (message key of the label, text), those filled in."""
        lines = [("agenda.dates", self.dates), ("agenda.place", self.place), ("agenda.audience", self.audience),
                 ("agenda.trainer", self.trainer)]
        return [(key, text) for key, text in lines if text.strip()]


def settings_path(folder: Path | None = None) -> Path:
    return (Path(folder) if folder is not None else data_dir()) / FILE_NAME


def load_settings(folder: Path | None = None) -> AgendaSettings:
    """The choices saved last time; the defaults when there are none or the file cannot be read."""
    try:
        data = json.loads(settings_path(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return AgendaSettings()
    if not isinstance(data, dict):
        return AgendaSettings()
    settings = AgendaSettings()
    for item in fields(AgendaSettings):
        value = data.get(item.name)
        if item.name == "modules" and isinstance(value, list):
            settings.modules = [str(m) for m in value if isinstance(m, str)]
        elif item.name == "format_id" and (value is None or isinstance(value, str)):
            settings.format_id = value
        elif isinstance(value, str):
            setattr(settings, item.name, value[:TEXT_LIMIT])
    return settings


def save_settings(settings: AgendaSettings, folder: Path | None = None) -> Path:
    """Keep the choices (atomic, owner-only)."""
    data = json.dumps(asdict(settings), ensure_ascii=False, indent=1).encode("utf-8")
    return atomic_write(settings_path(folder), [data])


def from_session(session, lang: str, modules: list[str]) -> AgendaSettings:
    """The agenda details a session file gives (its modules among ``modules``, all of them when it names none)."""
    half_days = session.ordered_half_days()
    dates = " ; ".join(f"{day(h.date, lang, year=True)}, {h.start}–{h.end}" for h in half_days)
    chosen = [m for m in modules if m in session.modules] if session.modules else list(modules)
    return AgendaSettings(modules=chosen, title=session.title, dates=dates, place=session.place,
                          audience=session.audience or "", trainer=session.trainer)
