"""The one period reader: months, quarters and their years, as every kind of file writes them."""

from __future__ import annotations

import datetime as dt

import pytest

from analytics.imports.periods import Period, month_from_value, parse_period


@pytest.mark.parametrize(
    ("value", "quarter_column", "expected"),
    [
        (3, False, Period(None, 3)), (3.0, False, Period(None, 3)), ("03", False, Period(None, 3)),
        ("mars", False, Period(None, 3)), ("Mar", False, Period(None, 3)),
        ("2026-03", False, Period(2026, 3)), ("03.2026", False, Period(2026, 3)),
        ("2026/3", False, Period(2026, 3)), ("mars 2026", False, Period(2026, 3)),
        ("jan 2026", False, Period(2026, 1)), (202603, False, Period(2026, 3)),
        ("202603", False, Period(2026, 3)), ("032026", False, Period(2026, 3)),
        (dt.datetime(2026, 3, 1), False, Period(2026, 3)), (dt.date(2026, 3, 1), False, Period(2026, 3)),
        (13, False, Period(None, 13)), ("202413", False, Period(2024, 13)),
        (2, True, Period(None, quarter=2)), ("K1", False, Period(None, quarter=1)),
        ("Q4", False, Period(None, quarter=4)), ("kv3", False, Period(None, quarter=3)),
        ("1. kvartal", False, Period(None, quarter=1)), ("2026-K3", False, Period(2026, quarter=3)),
        ("K2 2026", False, Period(2026, quarter=2)),
        (14, False, None), ("vår", False, None), (5, True, None), ("", False, None),
        (2.5, False, None), (True, False, None), ("202614", False, None), ("mars april", False, None),
    ],
)  # fmt: skip
def test_parse_period(value: object, quarter_column: bool, expected: Period | None) -> None:
    assert parse_period(value, quarter_column) == expected


@pytest.mark.parametrize(
    ("value", "month"),
    [("januar", 1), ("Desember", 12), ("sept", 9), ("okt", 10), ("mai", 5), (5, None), ("x", None)],
)
def test_month_names(value: object, month: int | None) -> None:
    assert month_from_value(value) == month
