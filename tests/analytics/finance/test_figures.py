"""The key figures of a year, worked by hand from a year's accounts with a line in every range."""

from __future__ import annotations

import pandas as pd
import pytest

from analytics.finance.figures import (
    YearFigures,
    figures_by_year,
    line_sums,
    share_pct,
    with_kostra_art,
)

# (local 5-digit art: 1 + KOSTRA art + a digit, amount as stored: expenses +, income −)
ACCOUNTS = [
    ("10100", 600_000.0),  # 010 wages
    ("10890", -20_000.0),  # 089 premium deviation (an income this year)
    ("11200", 150_000.0),  # 120 purchases
    ("12900", 40_000.0),  # 290 internal purchases: left out
    ("13500", 100_000.0),  # 350 purchases replacing own production
    ("14700", 50_000.0),  # 470 transfers
    ("15000", 40_000.0),  # 500 interest
    ("15100", 60_000.0),  # 510 instalments
    ("15300", 10_000.0),  # 530 coverage of an earlier deficit: below the line
    ("15400", 25_000.0),  # 540 to the disposition fund: below the line
    ("15500", 15_000.0),  # 550 to restricted funds
    ("15700", 5_000.0),  # 570 transfer to investment: below the line
    ("15900", 70_000.0),  # 590 depreciation
    ("16200", -80_000.0),  # 620 sales
    ("16900", -30_000.0),  # 690 distributed expenses: left out
    ("17100", -40_000.0),  # 710 sick-pay refunds
    ("17900", -10_000.0),  # 790 internal sales: left out
    ("18000", -500_000.0),  # 800 block grant
    ("18700", -420_000.0),  # 870 taxes
    ("19000", -12_000.0),  # 900 interest income
    ("19400", -8_000.0),  # 940 use of the disposition fund
    ("19500", -6_000.0),  # 950 use of restricted funds
    ("19900", -70_000.0),  # 990 counter-entry of depreciation
    ("15800", 31_000.0),  # 580 the surplus booked at year end: not part of the result
    ("03000", 999_999.0),  # a 5-digit investment art: the rule maps it to 300, see below
]


def _lines(rows: list[tuple[str, float]], year: int = 2025) -> pd.DataFrame:
    return pd.DataFrame({"year": year, "art": [a for a, _ in rows], "amount": [v for _, v in rows]})


def test_every_figure_as_computed_by_hand() -> None:
    operating = [row for row in ACCOUNTS if row[0] != "03000"]
    (figures,) = figures_by_year(with_kostra_art(_lines(operating)), {2025: "accounts"})
    # income: 80 000 + 40 000 + 500 000 + 420 000; expenses: 600 000 − 20 000 + 150 000
    # + 100 000 + 50 000 + 70 000
    assert figures == YearFigures(
        year=2025,
        source="accounts",
        operating_income=1_040_000.0,
        operating_expenses=950_000.0,
        gross_operating_result=90_000.0,
        net_financial_items=-88_000.0,  # 12 000 − 40 000 − 60 000
        net_operating_result=72_000.0,  # 90 000 − 88 000 + 70 000
        net_operating_result_pct=6.92,  # 72 000 ÷ 1 040 000
        corrected_net_operating_result=43_000.0,  # 72 000 − 20 000 − (15 000 − 6 000)
        accounting_result=31_000.0,  # 72 000 − 10 000 − 25 000 − 15 000 − 5 000 + 8 000 + 6 000
    )


def test_the_result_booked_at_year_end_matches_the_accounting_result() -> None:
    operating = [row for row in ACCOUNTS if row[0] != "03000"]
    sums = line_sums(with_kostra_art(_lines(operating))).iloc[0]
    assert sums["year_end_result"] == 31_000.0
    assert sums["all_operating"] == 0.0  # the books balance once the result is booked


def test_codes_the_rule_does_not_cover_fall_in_no_line() -> None:
    by_art = with_kostra_art(_lines([("ABC", 5.0), ("1234567", 7.0), ("16200", -1.0)]))
    assert sorted(by_art["kostra_art"]) == [-1, 620]
    (figures,) = figures_by_year(by_art, {2025: "accounts"})
    assert figures.operating_income == 1.0


@pytest.mark.parametrize(
    ("amount", "income", "pct"), [(72_000, 1_040_000, 6.92), (-5, 100, -5.0), (1, 0, None)]
)
def test_share_of_operating_income(amount: float, income: float, pct: float | None) -> None:
    assert share_pct(amount, income) == pct


def test_years_are_kept_apart_and_only_the_named_ones_returned() -> None:
    lines = pd.concat([_lines([("16200", -100.0)], 2024), _lines([("16200", -300.0)], 2025)])
    figures = figures_by_year(with_kostra_art(lines), {2025: "forecast"})
    assert [(f.year, f.source, f.operating_income) for f in figures] == [(2025, "forecast", 300.0)]
