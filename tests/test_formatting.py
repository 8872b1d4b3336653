"""Numbers, percentages and dates are written the French or the English way, by one formatter (Babel)."""

from datetime import date, datetime, timezone

import pytest
from babel.numbers import format_decimal

from kit.core.formatting import clock, day, number, percent, short_date, weekday
from kit.core.languages import t


@pytest.mark.parametrize("lang, locale", [("fr", "fr_FR"), ("en", "en_GB")])
def test_small_numbers_are_written_exactly_as_babel_writes_them(lang, locale):
    for value in [0, 1, 7, 25, 100, 999, -3, -999, 0.5, 1.25, 12.5, 99.94, 99.96, 999.4, -12.5, 3.0]:
        for digits in (0, 1, 2):
            pattern = "#,##0" + ("." + "#" * digits if digits else "")
            assert number(value, lang, digits) == format_decimal(round(value, digits), format=pattern, locale=locale), (value, digits)


def test_large_numbers_are_grouped():
    assert number(63206, "fr") == "63\u202f206" and number(63206, "en") == "63,206"
    assert number(1234567.891, "fr", 2) == "1\u202f234\u202f567,89"


def test_percentages():
    assert percent(0.125, "fr", 1) == "12,5\u00a0%" and percent(0.125, "en", 1) == "12.5%"
    assert percent(0.8, "en") == "80%" and percent(None, "fr") == "—"


def test_dates_written_out_and_in_figures_in_paris_time():
    assert day(date(2026, 12, 2), "fr") == "mercredi 2 décembre"
    assert day(date(2026, 12, 2), "en", year=True) == "Wednesday 2 December 2026"
    late_utc = datetime(2026, 12, 1, 23, 30, tzinfo=timezone.utc)  # already 2 December in Paris
    assert short_date(late_utc, "fr") == "02/12/2026" and clock(late_utc, "fr") == "00:30"
    assert weekday("mon", "fr") == "lundi" and weekday("sun", "en") == "Sunday"


def test_kit_messages_write_their_numbers_the_same_way_and_plurals_still_agree():
    assert t("cli.demo_written", "fr", count=1000, out="g") == "1\u202f000 fichiers de progression fictifs écrits dans g"
    assert t("cli.demo_written", "en", count=1000, out="g") == "1,000 synthetic progress files written to g"
    assert t("cli.demo_written", "fr", count=1, out="g").startswith("1 fichier de progression fictif écrit")
