"""Norwegian number, amount, percent and date formats (Babel, nb_NO)."""

from __future__ import annotations

import datetime as dt

import pytest

from analytics.core.formatting import (
    format_date,
    format_datetime,
    format_millions,
    format_nok,
    format_number,
    format_pct,
    month_name,
    period_label,
)

NBSP = "\u00a0"  # Babel groups thousands with a no-break space, so amounts never wrap


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
