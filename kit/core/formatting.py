"""Numbers, percentages, dates and times as a French or an English reader expects them (Babel).

One formatter for the participant view, the documents and the command line.
Dates and times are shown in Paris time, whatever the server's clock zone.

>>> number(63206, "fr"), number(63206, "en"), number(12.5, "fr", 1)
('63\u202f206', '63,206', '12,5')
>>> percent(0.125, "fr", 1), percent(0.125, "en", 1), percent(0.8, "en")
('12,5\xa0%', '12.5%', '80%')
>>> from datetime import date
>>> day(date(2026, 12, 2), "fr"), day(date(2026, 12, 2), "en")
('mercredi 2 décembre', 'Wednesday 2 December')
>>> short_date(date(2026, 12, 2), "fr"), short_date(date(2026, 12, 2), "en")
('02/12/2026', '02/12/2026')
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")
LOCALES = {"fr": "fr_FR", "en": "en_GB"}  # the kit's English is British ("programme", "neighbourhood")
DECIMAL_MARK = {"fr": ",", "en": "."}
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # the codes the content and the progress file use, Monday first


def _locale(lang: str) -> str:
    return LOCALES.get(lang, LOCALES["fr"])


def number(value: float | int | None, lang: str, digits: int = 0) -> str:
    """``value`` with the language's grouping and decimal mark, at most ``digits`` decimals (no trailing zeros).

    >>> number(1000, "fr"), number(3.14159, "en", 2), number(None, "fr")
    ('1\u202f000', '3.14', '—')
    """
    if value is None:
        return "—"
    value = round(value, digits)
    if -1000 < value < 1000:
        # No grouping below a thousand: the same text Babel writes, without loading its locale data
        # (most numbers a page shows: "12 réponses sur 25"). tests/test_formatting.py checks they agree.
        shown = f"{value:.{digits}f}".rstrip("0").rstrip(".") if digits > 0 else str(int(value))
        return shown.replace(".", DECIMAL_MARK[lang if lang in DECIMAL_MARK else "fr"])
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "#" * digits if digits > 0 else "")
    return format_decimal(value, format=pattern, locale=_locale(lang))


def percent(ratio: float | None, lang: str, digits: int = 0) -> str:
    """A share (0.125) as a percentage in the language's style: ``12,5 %`` or ``12.5%``."""
    if ratio is None:
        return "—"
    from babel.numbers import format_percent

    return format_percent(round(ratio * 100, digits) / 100, locale=_locale(lang), decimal_quantization=False)


def _paris(moment: datetime) -> datetime:
    return moment.astimezone(PARIS) if moment.tzinfo else moment


def day(value: date | datetime, lang: str, year: bool = False) -> str:
    """The day written out: ``mardi 1 décembre`` / ``Tuesday 1 December`` (with the year if asked)."""
    from babel.dates import format_date

    if isinstance(value, datetime):
        value = _paris(value).date()
    return format_date(value, "EEEE d MMMM y" if year else "EEEE d MMMM", locale=_locale(lang))


def short_date(value: date | datetime, lang: str) -> str:
    """A date in figures: ``02/12/2026`` (day first in both languages)."""
    from babel.dates import format_date

    if isinstance(value, datetime):
        value = _paris(value).date()
    return format_date(value, "dd/MM/y", locale=_locale(lang))


def clock(value: datetime, lang: str) -> str:
    """The time of day in Paris: ``10:32``."""
    from babel.dates import format_time

    return format_time(_paris(value), "HH:mm", locale=_locale(lang))


def short_date_time(value: datetime, lang: str) -> str:
    """``02/12/2026 10:32`` in Paris time."""
    return f"{short_date(value, lang)} {clock(value, lang)}"


def weekday(code: str, lang: str) -> str:
    """The name of a weekday code of the content (``"mon"`` … ``"sun"``): ``lundi`` / ``Monday``.

    >>> weekday("tue", "fr"), weekday("sat", "en")
    ('mardi', 'Saturday')
    """
    from babel.dates import get_day_names

    index = WEEKDAYS.index(code)
    return get_day_names("wide", context="format", locale=_locale(lang))[index]
