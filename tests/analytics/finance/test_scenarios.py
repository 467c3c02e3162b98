"""A planned school's consequences year by year, and the council's rules with and without it."""

from __future__ import annotations

import pytest

from analytics.core.names import Status
from analytics.core.settings import Settings
from analytics.finance.balance import Balance
from analytics.finance.figures import YearFigures
from analytics.finance.room import FinanceYear, finance_year, minimum_instalment, room_by_year
from analytics.finance.scenarios import (
    PlannedInvestment,
    Scenario,
    ScenarioYear,
    apply_scenario,
    compare,
    scenario_years,
)

M = 1_000_000
SCHOOL = PlannedInvestment(
    "P100",
    "Ny skole",
    costs={2027: 100 * M, 2028: 150 * M},
    grants={2028: 10 * M},
    own_funds={2027: 5 * M},
    vat_share=0.2,
    opens=2029,
    running_cost=3 * M,
    depreciation_years=50,
)
WITH_SCHOOL = Scenario("Med skole", (SCHOOL,), rate_pct=4.0, loan_years=25, loan_kind="serial")
SETTINGS = Settings()


def test_loans_are_the_cost_less_grants_vat_and_own_funds() -> None:
    assert SCHOOL.loan(2027) == 75 * M  # 100 − 20 VAT − 5 own funds
    assert SCHOOL.loan(2028) == 110 * M  # 150 − 30 VAT − 10 grants
    assert SCHOOL.depreciation(2028) == 0.0 and SCHOOL.depreciation(2029) == 4 * M  # 200 M ÷ 50


def test_interest_and_instalments_year_by_year() -> None:
    assert scenario_years(WITH_SCHOOL, [2027, 2028, 2029]) == [
        # the 2027 loan: 75 M over 25 years, 3 M a year, 4 % of 75 M
        ScenarioYear(2027, 75 * M, 3 * M, 3 * M, 0.0, 0.0, 5 * M),
        # 4 % of 72 M left of the first loan + 4 % of the new 110 M; 3 M + 4,4 M instalments
        ScenarioYear(2028, 110 * M, 7_280_000.0, 7_400_000.0, 0.0, 0.0, 0.0),
        # 4 % of 69 M + 4 % of 105,6 M; the school opens: running costs and depreciation
        ScenarioYear(2029, 0.0, 6_984_000.0, 7_400_000.0, 3 * M, 4 * M, 0.0),
    ]
    assert scenario_years(WITH_SCHOOL, [2029])[0].result_change == -17_384_000.0


def _year(year: int, source: str, result: float = 20 * M) -> FinanceYear:
    figures = YearFigures(
        year, source, 1_000 * M, 980 * M, 20 * M, 0.0, result, 2.0, result, result
    )  # type: ignore[arg-type]
    balance = Balance(year, {"langsiktig gjeld": 800 * M, "disposisjonsfond": 90 * M})
    return finance_year(figures, balance, SETTINGS)


def test_the_scenario_changes_the_plan_years_not_the_accounts() -> None:
    room = [_year(2026, "accounts"), _year(2027, "plan"), _year(2028, "plan"), _year(2029, "plan")]
    changed = apply_scenario(room, WITH_SCHOOL, SETTINGS)
    assert changed[0] is room[0]
    years = {year.year: year for year in changed}
    assert years[2029].figures.net_operating_result == 2_616_000.0  # 20 M − 17 384 000
    assert years[2029].figures.net_operating_result_pct == 0.26
    assert years[2029].statuses["net_operating_result"] == Status.RED  # under 1.75 − 0.5
    assert years[2027].figures.operating_expenses == 980 * M  # nothing opened yet
    assert years[2029].figures.operating_expenses == 987 * M  # + 3 M running + 4 M depreciation
    # debt: + 75 − 3, + 110 − 7,4, − 7,4; the fund pays the 5 M own funds in 2027
    assert [years[y].balance.item("langsiktig gjeld") for y in (2027, 2028, 2029)] == [  # type: ignore[union-attr]
        872 * M,
        974_600_000.0,
        967_200_000.0,
    ]
    assert years[2029].balance.item("disposisjonsfond") == 85 * M  # type: ignore[union-attr]
    assert years[2029].net_debt_pct == pytest.approx(96.72)
    assert years[2029].statuses["net_debt"] == Status.RED  # over 85 + 5


def test_scenarios_side_by_side() -> None:
    room = room_by_year(
        [_year(2027, "plan").figures], {2027: _year(2027, "plan").balance}, SETTINGS
    )  # type: ignore[dict-item]
    side_by_side = compare(room, [Scenario("Uten nybygg"), WITH_SCHOOL], SETTINGS)
    assert list(side_by_side) == ["Uten nybygg", "Med skole"]
    assert side_by_side["Uten nybygg"][0].figures == room[0].figures
    assert side_by_side["Med skole"][0].figures.net_operating_result == 14 * M  # 20 − 3 − 3


@pytest.mark.parametrize(
    ("share", "status"),
    [(2.0, Status.GREEN), (1.75, Status.GREEN), (1.5, Status.YELLOW), (1.0, Status.RED)],
)
def test_the_net_operating_result_rule(share: float, status: Status) -> None:
    figures = YearFigures(2027, "plan", 100.0, 0.0, 0.0, 0.0, share, share, share, share)
    assert finance_year(figures, None, SETTINGS).statuses["net_operating_result"] == status


def test_the_minimum_instalment_of_section_14_18() -> None:
    balance = Balance(
        2025,
        {
            "langsiktig gjeld": 1_400 * M,
            "pensjonsforpliktelser": 500 * M,
            "formidlingslån": 100 * M,
            "avskrivbare anleggsmidler": 1_600 * M,
        },
    )
    check = minimum_instalment(2025, balance, depreciation=48 * M, instalments=22 * M)
    assert check.debt == 800 * M  # 1 400 − 500 − 100
    assert check.minimum == 24 * M  # 800 M × 48 M ÷ 1 600 M
    assert check.sufficient is False
    assert minimum_instalment(2025, Balance(2025, {}), 1.0, 0.0).minimum is None
