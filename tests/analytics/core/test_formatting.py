"""Number, amount, percent and date formats (Babel, nb_NO and se_NO) and month names, in
bokmål (the default here) and North Sami."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.dates import get_month_names

from analytics.core.formatting import (
    current_locale,
    format_date,
    format_datetime,
    format_millions,
    format_nok,
    format_number,
    format_pct,
    format_plain,
    month_name,
    month_short,
    period_label,
)
from analytics.core.texts import using_language

NBSP = "\u00a0"  # Babel groups thousands with a no-break space, so amounts never wrap
LANGUAGES = ("nb", "se")


@pytest.fixture(autouse=True)
def bokmal() -> Iterator[None]:
    """Bokmål unless a test says otherwise, whatever $KOMMUNE_LANG the run has."""
    with using_language("nb"):
        yield


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1_234_567, f"1{NBSP}234{NBSP}567 kr"),
        (1_234_567.4, f"1{NBSP}234{NBSP}567 kr"),
        (-1_362_250, f"-1{NBSP}362{NBSP}250 kr"),
        (999, "999 kr"),
        (0, "0 kr"),
        (-0.4, "0 kr"),
        (float("nan"), "–"),
        (None, "–"),
    ],
)
def test_format_nok(value: float | None, expected: str) -> None:
    assert format_nok(value) == expected


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (1234.5, 2, f"1{NBSP}234,50"),
        (-1234.567, 1, f"-1{NBSP}234,6"),
        (12, 0, "12"),
        (float("nan"), 0, "–"),
    ],
)
def test_format_number(value: float, decimals: int, expected: str) -> None:
    assert format_number(value, decimals) == expected


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (94.31, 1, "94,3 %"),
        (6, 1, "6,0 %"),
        (-3.04, 1, "-3,0 %"),
        (112.6, 0, "113 %"),
        (None, 1, "–"),
        (float("nan"), 1, "–"),
    ],
)
def test_format_pct(value: float | None, decimals: int, expected: str) -> None:
    assert format_pct(value, decimals) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (41_900_000, "41,9 mill. kr"),
        (-2_350_000, "-2,4 mill. kr"),
        (500_000, f"500{NBSP}000 kr"),
        (None, "–"),
    ],
)
def test_format_millions(value: float | None, expected: str) -> None:
    assert format_millions(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.date(2026, 11, 23), "23.11.2026"),
        (dt.date(2024, 2, 29), "29.02.2024"),
        (dt.date(2019, 1, 1), "01.01.2019"),
    ],
)
def test_format_date(value: dt.date, expected: str) -> None:
    assert format_date(value) == expected


def test_format_datetime() -> None:
    assert format_datetime(dt.datetime(2026, 11, 23, 14, 5)) == "23.11.2026 kl. 14:05"


@pytest.mark.parametrize(
    ("month", "expected"), [(1, "januar"), (6, "juni"), (12, "desember"), (13, "periode 13")]
)
def test_month_name(month: int, expected: str) -> None:
    assert month_name(month) == expected


def test_period_label() -> None:
    assert period_label(2026, 10) == "oktober 2026"


@pytest.mark.parametrize(
    ("value", "expected"),
    [(1234.5, "1\xa0235 kr"), (-1234.5, "-1\xa0235 kr"), (2.5, "3 kr"), (-0.4, "0 kr")],
)
def test_amounts_round_half_away_from_zero(value: float, expected: str) -> None:
    assert format_nok(value) == expected


# Both languages -----------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "locale"), [("nb", "nb_NO"), ("se", "se_NO")])
def test_the_locale_follows_the_language(language: str, locale: str) -> None:
    with using_language(language):
        assert current_locale() == locale


def test_babels_north_sami_locale_writes_numbers_as_bokmal_does() -> None:
    """Why the dashboard's number formats need no change in North Sami: Babel's `se` groups
    thousands with a no-break space and writes decimals with a comma, as `nb` does."""
    for locale in ("nb_NO", "se_NO"):
        symbols = Locale.parse(locale).number_symbols["latn"]
        assert (symbols["decimal"], symbols["group"]) == (",", NBSP)


def test_babels_north_sami_short_date_is_not_the_dashboards() -> None:
    """Babel's own short date in `se` is ISO; the dashboard keeps `dd.MM.yyyy` in both."""
    assert babel_format_date(dt.date(2026, 11, 23), format="short", locale="se_NO") == "2026-11-23"
    with using_language("se"):
        assert format_date(dt.date(2026, 11, 23)) == "23.11.2026"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1_234_567, f"1{NBSP}234{NBSP}567 kr"),
        (-1_362_250, f"-1{NBSP}362{NBSP}250 kr"),
        (2.5, "3 kr"),
        (-0.4, "0 kr"),
        (None, "–"),
    ],
)
def test_amounts_read_the_same_in_both_languages(
    language: str, value: float | None, expected: str
) -> None:
    with using_language(language):
        assert format_nok(value) == expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_numbers_percents_and_dates_read_the_same_in_both_languages(language: str) -> None:
    with using_language(language):
        assert format_number(-1234.567, 1) == f"-1{NBSP}234,6"
        assert format_plain(52.5) == "52,5"
        assert format_pct(94.31) == "94,3 %"
        assert format_date(dt.date(2024, 2, 29)) == "29.02.2024"


@pytest.mark.parametrize(
    ("language", "expected"), [("nb", "41,9 mill. kr"), ("se", "41,9 milj. kr")]
)
def test_millions_in_each_language(language: str, expected: str) -> None:
    with using_language(language):
        assert format_millions(41_900_000) == expected
        assert format_millions(500_000) == f"500{NBSP}000 kr"


@pytest.mark.parametrize(
    ("language", "expected"), [("nb", "23.11.2026 kl. 14:05"), ("se", "23.11.2026 dii. 14:05")]
)
def test_datetime_in_each_language(language: str, expected: str) -> None:
    with using_language(language):
        assert format_datetime(dt.datetime(2026, 11, 23, 14, 5)) == expected


@pytest.mark.parametrize(
    ("month", "expected"),
    [
        (1, "ođđajagemánnu"),
        (4, "cuoŋománnu"),
        (9, "čakčamánnu"),
        (12, "juovlamánnu"),
        (13, "áigodat 13"),
    ],
)
def test_north_sami_month_names(month: int, expected: str) -> None:
    with using_language("se"):
        assert month_name(month) == expected


def test_north_sami_period_label_keeps_its_letters() -> None:
    with using_language("se"):
        assert period_label(2026, 3) == "njukčamánnu 2026"
        assert month_short(9) == "čakč"


@pytest.mark.parametrize(("language", "locale"), [("nb", "nb_NO"), ("se", "se_NO")])
def test_month_names_are_cldrs(language: str, locale: str) -> None:
    """The tables' month names and short forms are Babel's (CLDR), so a month written from the
    tables reads as one Babel writes; bokmål's short forms are CLDR's without the full stop."""
    wide = get_month_names("wide", context="stand-alone", locale=locale)
    short = get_month_names("abbreviated", context="stand-alone", locale=locale)
    with using_language(language):
        assert [month_name(m) for m in range(1, 13)] == [wide[m] for m in range(1, 13)]
        assert [month_short(m) for m in range(1, 13)] == [
            short[m].rstrip(".") for m in range(1, 13)
        ]
