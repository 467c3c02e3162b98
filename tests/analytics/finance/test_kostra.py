"""The KOSTRA comparison: SSB's statistics matched to the rules, the national average and the
KOSTRA group side by side with the municipality's own share, per accounts scope."""

from __future__ import annotations

import pandas as pd

from analytics.finance.figures import YearFigures
from analytics.finance.kostra import compare_with_kostra, group_name, rule_of
from analytics.finance.room import FinanceYear


def _year(year: int, result_pct: float, fund_pct: float) -> FinanceYear:
    figures = YearFigures(year, "accounts", 100.0, 99.0, 1.0, 0.0, 1.0, result_pct, 1.0, 1.0)
    return FinanceYear(figures, None, fund_pct, None, None, {})


def test_the_comparison_rows_by_rule_scope_and_year() -> None:
    kostra = pd.DataFrame(
        [
            ("Landet uten Oslo", "Netto driftsresultat i prosent av brutto driftsinntekter", 2024, 2.1, "kommunekasse"),
            ("KOSTRA-gruppe 11", "Netto driftsresultat i prosent av brutto driftsinntekter", 2024, 1.4, "kommunekasse"),
            ("Landet uten Oslo", "Netto driftsresultat i prosent av brutto driftsinntekter", 2024, 2.6, "konsern"),
            ("KOSTRA-gruppe 11 - Mellomstore kommuner", "Disposisjonsfond i prosent av brutto driftsinntekter", 2024, 9.8, "kommunekasse"),
            ("5636 Unjárga - Nesseby", "Netto driftsresultat i prosent av brutto driftsinntekter", 2024, 0.4, "kommunekasse"),
            ("Landet uten Oslo", "Frie inntekter i kroner per innbygger", 2024, 61_000, "kommunekasse"),
        ],
        columns=["region", "statistic", "year", "value", "accounts_scope"],
    )  # fmt: skip
    rows = compare_with_kostra(kostra, [_year(2024, 0.63, 5.5)], "KOSTRA-gruppe 11")
    assert [(r.rule, r.accounts_scope, r.year, r.own, r.national, r.group) for r in rows] == [
        ("net_operating_result", "kommunekasse", 2024, 0.63, 2.1, 1.4),
        ("net_operating_result", "konsern", 2024, None, 2.6, None),  # our books: the fund only
        ("disposition_fund", "kommunekasse", 2024, 5.5, None, 9.8),
    ]


def test_statistics_are_read_by_their_words() -> None:
    assert rule_of("  Netto  lånegjeld i prosent av brutto driftsinntekter (B)") == "net_debt"
    assert rule_of("Frie inntekter i kroner per innbygger") is None


def test_ssb_region_codes_the_municipalitys_own_figure_and_any_group() -> None:
    statistic = "Netto lånegjeld i prosent av brutto driftsinntekter (prosent)"
    kostra = pd.DataFrame(
        [
            ("EAKUO Landet uten Oslo", statistic, 2024, 90.1, "kommunekasse", False),
            ("Kostragruppe 16", statistic, 2024, 101.5, "kommunekasse", False),
            ("Čáhppesvuotna kommune", statistic, 2024, 77.7, "kommunekasse", True),
            ("Čáhppesvuotna kommune", statistic, 2024, 88.8, "konsern", True),
            ("Oslo", statistic, 2024, 50.0, "kommunekasse", False),
        ],
        columns=["region", "statistic", "year", "value", "accounts_scope", "own"],
    )  # fmt: skip
    year = FinanceYear(
        YearFigures(2024, "accounts", 100.0, 99.0, 1.0, 0.0, 1.0, 1.0, 1.0, 1.0),
        None, None, None, 78.25, {},
    )  # fmt: skip
    rows = compare_with_kostra(kostra, [year])  # no group named: any KOSTRA group
    assert [(r.accounts_scope, r.own, r.published, r.national, r.group) for r in rows] == [
        ("kommunekasse", 78.25, 77.7, 90.1, 101.5),
        ("konsern", None, 88.8, None, None),  # our books are the municipal fund's only
    ]
    assert group_name(kostra) == "Kostragruppe 16"
