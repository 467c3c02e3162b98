"""Gap arithmetic with hand-worked numbers, from budget and accounts lines in a real store."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analytics.core.access import Access, Role
from analytics.core.names import Status
from analytics.core.settings import Settings
from analytics.economy.gaps import BudgetStatus, compute_gaps, consumption_pct, status_from
from analytics.economy.ledger import load_ledger, monthly_series
from analytics.store import Store
from analytics.store.organisation import replace_organisation
from tests.analytics.economy.data import (
    ORGANISATION,
    PURCHASE,
    SALARY,
    SALES,
    add_own_forecast,
    make_ledger,
    monthly,
)

SYSTEM = Access.system()


def row(rows: list[BudgetStatus], key: str) -> BudgetStatus:
    return next(r for r in rows if r.key == key)


def test_zero_budget_has_no_consumption_and_any_overspend_is_red(store: Store) -> None:
    make_ledger(store, accounts=monthly(2024, "1100", PURCHASE, [50.0, 50.0, 50.0]))
    unit = row(compute_gaps(store, SYSTEM, 2024, by="unit").with_total(), "11")
    assert unit == BudgetStatus(
        key="11",
        name="Mánáidgárdi",
        level="enhet",
        annual_budget=0.0,
        budget_ytd=0.0,
        actual_ytd=150.0,
        gap_ytd=-150.0,
        consumption_pct=None,
        forecast=600.0,
        forecast_gap=-600.0,
        forecast_method="run_rate",
        status=Status.RED,
    )


def test_no_consumption_where_income_nets_the_budget_to_almost_nothing(store: Store) -> None:
    # Costs of 1 200 a year against income of 1 170: a net budget of 30, 2,5 % of the gross.
    make_ledger(
        store,
        budget=[
            (2024, None, "1000", SALARY, "original", 1200.0),
            (2024, None, "1000", SALES, "original", -1170.0),
        ],
        accounts=[
            *monthly(2024, "1000", SALARY, [110.0, 110.0, 110.0]),
            *monthly(2024, "1000", SALES, [-90.0, -90.0, -90.0]),
        ],
    )
    unit = row(compute_gaps(store, SYSTEM, 2024, 3, by="ansvar").with_total(), "1000")
    assert (unit.budget_ytd, unit.actual_ytd) == (7.5, 60.0)  # it would read 800 %
    assert unit.consumption_pct is None
    salaries = row(compute_gaps(store, SYSTEM, 2024, 3, by="artgroup").with_total(), "lonn")
    assert salaries.consumption_pct == pytest.approx(110.0)


def test_consumption_at_the_limit_of_the_net_share() -> None:
    assert consumption_pct(60.0, 15.0, 300.0) == 400.0  # 5 % of the gross: shown
    assert consumption_pct(60.0, 14.99, 300.0) is None
    assert consumption_pct(-150.0, -300.0, 0.0) == 50.0  # an income budget is its own gross
    assert consumption_pct(10.0, 0.0, 0.0) is None


def test_income_lines_count_with_their_sign(store: Store) -> None:
    make_ledger(
        store,
        budget=[(2024, None, "1000", SALES, "original", -1200.0)],
        accounts=monthly(2024, "1000", SALES, [-50.0, -50.0, -50.0]),
    )
    income = row(compute_gaps(store, SYSTEM, 2024, by="artgroup").with_total(), "salgsinntekter")
    assert (income.budget_ytd, income.actual_ytd, income.gap_ytd) == (-300.0, -150.0, -150.0)
    assert income.consumption_pct == 50.0
    assert (income.forecast, income.forecast_gap) == (-600.0, -600.0)
    assert income.status == "red"  # 600 less income of 1 200 budgeted


def test_period_13_counts_in_december(store: Store) -> None:
    make_ledger(
        store,
        budget=[(2024, None, "1000", SALARY, "original", 1200.0)],
        accounts=[*monthly(2024, "1000", SALARY, [100.0] * 12), (2024, 13, "1000", SALARY, 60.0)],
    )
    december = compute_gaps(store, SYSTEM, 2024, by="unit").total  # month defaults to 12
    assert (december.actual_ytd, december.gap_ytd, december.forecast) == (1260.0, -60.0, 1260.0)
    november = compute_gaps(store, SYSTEM, 2024, 11, by="unit").total
    assert november.actual_ytd == 1100.0


def test_revised_budget_replaces_the_original(store: Store) -> None:
    make_ledger(
        store,
        budget=[
            (2024, None, "2000", PURCHASE, "original", 2400.0),
            (2024, None, "2000", PURCHASE, "revised", 3600.0),
        ],
        accounts=monthly(2024, "2000", PURCHASE, [300.0] * 4),
    )
    ansvar = row(compute_gaps(store, SYSTEM, 2024, by="ansvar").with_total(), "2000")
    assert (ansvar.annual_budget, ansvar.budget_ytd, ansvar.gap_ytd) == (3600.0, 1200.0, 0.0)
    assert ansvar.consumption_pct == 100.0
    assert ansvar.status == "green"


def test_a_unit_with_no_accounts_yet(store: Store) -> None:
    make_ledger(
        store,
        budget=[
            (2024, None, "1100", PURCHASE, "original", 1200.0),
            (2024, None, "1000", SALARY, "original", 1200.0),
        ],
        accounts=monthly(2024, "1000", SALARY, [100.0] * 3),
    )
    unit = row(compute_gaps(store, SYSTEM, 2024, by="unit").with_total(), "11")
    assert (unit.budget_ytd, unit.actual_ytd, unit.gap_ytd) == (300.0, 0.0, 300.0)
    assert (unit.consumption_pct, unit.forecast, unit.forecast_gap) == (0.0, 0.0, 1200.0)
    assert unit.status == "green"


def test_forecast_with_one_month_of_data(store: Store) -> None:
    make_ledger(
        store,
        budget=[(2024, None, "1000", SALARY, "original", 1200.0)],
        accounts=[(2024, 1, "1000", SALARY, 130.0)],
    )
    total = compute_gaps(store, SYSTEM, 2024).total
    assert (total.budget_ytd, total.actual_ytd, total.gap_ytd) == (100.0, 130.0, -30.0)
    assert (total.forecast, total.forecast_gap, total.status) == (1560.0, -360.0, "red")


def test_seasonal_forecast_from_last_year_and_own_forecast_override(store: Store) -> None:
    make_ledger(
        store,
        budget=[(2024, None, "1000", SALARY, "original", 2400.0)],
        accounts=[
            *monthly(2023, "1000", SALARY, [100.0] * 11 + [1300.0]),  # 12.5 % by March
            *monthly(2024, "1000", SALARY, [100.0] * 3),
        ],
    )
    seasonal = compute_gaps(store, SYSTEM, 2024, 3, by="unit").rows[0]
    assert (seasonal.forecast, seasonal.forecast_method) == (2400.0, "seasonal")
    run_rate = compute_gaps(store, SYSTEM, 2024, 3, by="unit", method="run-rate").rows[0]
    assert (run_rate.forecast, run_rate.forecast_method) == (1200.0, "run_rate")
    add_own_forecast(store, 2024, 2, "10", 2600.0)
    own = compute_gaps(store, SYSTEM, 2024, 3, by="unit").rows[0]
    assert (own.forecast, own.forecast_gap, own.forecast_method) == (2600.0, -200.0, "own")
    assert (
        compute_gaps(store, SYSTEM, 2024, 3, by="unit", method="seasonal").rows[0].forecast
        == 2400.0
    )


def test_a_unit_that_changes_sector_counts_under_its_new_sector_all_year(store: Store) -> None:
    make_ledger(store, accounts=monthly(2024, "1100", PURCHASE, [10.0] * 6))
    moved = ORGANISATION.assign(
        sector_code=ORGANISATION["sector_code"].where(ORGANISATION["unit_code"] != "11", "2"),
        sector_name=ORGANISATION["sector_name"].where(ORGANISATION["unit_code"] != "11", "Helse"),
    )
    replace_organisation(store, moved)  # in July the unit moved from Oppvekst to Helse
    rows = compute_gaps(store, SYSTEM, 2024, 6, by="sector").with_total()
    assert [(r.key, r.actual_ytd) for r in rows] == [("2", 60.0), ("kommune", 60.0)]


def test_unknown_ansvar_roll_up_under_ukjent_for_those_who_see_everything(store: Store) -> None:
    make_ledger(
        store,
        accounts=[*monthly(2024, "9999", PURCHASE, [70.0]), *monthly(2024, "1000", SALARY, [5.0])],
    )
    units = compute_gaps(store, SYSTEM, 2024, by="unit").with_total()
    assert [(r.key, r.name, r.actual_ytd) for r in units] == [
        ("10", "Kárášjoga skuvla", 5.0),
        ("UKJENT", "Ukjent", 70.0),
        ("kommune", "Hele kommunen", 75.0),
    ]
    holder = Access("budsjett", Role.BUDGET_HOLDER, frozenset({"10"}))
    own_units = compute_gaps(store, holder, 2024, by="unit").with_total()
    assert [(r.key, r.actual_ytd) for r in own_units] == [("10", 5.0), ("kommune", 5.0)]


def test_sectors_sum_to_the_municipality_to_the_øre(store: Store) -> None:
    make_ledger(
        store,
        budget=[
            (2024, None, "1000", SALARY, "original", 1000.0),
            (2024, None, "1100", PURCHASE, "original", 777.77),
            (2024, None, "2000", SALES, "original", -333.33),
        ],
        accounts=[
            *monthly(2024, "1000", SALARY, [83.37, 91.11, 77.77, 101.01, 66.67]),
            *monthly(2024, "2000", SALES, [-33.33] * 5),
        ],
    )
    rows = compute_gaps(store, SYSTEM, 2024, by="sector").with_total()
    sectors, total = rows[:-1], rows[-1]
    for field in ("annual_budget", "budget_ytd", "actual_ytd", "gap_ytd", "forecast"):
        assert round(sum(getattr(r, field) for r in sectors), 2) == getattr(total, field), field


def test_scope_limits_the_rows_and_names_the_total(store: Store) -> None:
    make_ledger(
        store,
        budget=[(2024, None, a, SALARY, "original", 120.0) for a in ("1000", "1001", "2000")],
        accounts=[(2024, 2, a, SALARY, 10.0) for a in ("1000", "1001", "2000")],
    )
    rows = compute_gaps(store, SYSTEM, 2024, by="ansvar", scope="10").with_total()
    assert [r.key for r in rows] == ["1000", "1001", "10"]
    assert rows[-1].level == "enhet" and rows[-1].budget_ytd == 40.0


@pytest.mark.parametrize(
    ("forecast_gap", "gross", "status"),
    [
        (10.0, 100.0, "green"),  # underspend
        (-0.5, 100.0, "green"),  # 0.5 % over
        (-1.0, 100.0, "yellow"),  # 1 % is not under 1 %
        (-3.0, 100.0, "yellow"),  # 3 % is not above 3 %
        (-3.01, 100.0, "red"),
        (0.0, 0.0, "green"),  # no budget, no overspend
        (-0.01, 0.0, "red"),  # no budget, any overspend
    ],
)
def test_status_thresholds(forecast_gap: float, gross: float, status: str) -> None:
    assert status_from(forecast_gap, gross, Settings()) == status


def test_status_uses_the_gross_budget_when_the_net_is_near_zero(store: Store) -> None:
    # Costs 12 000, income −11 880: net 120. Overspending 120 is 1 % of what the unit runs,
    # not 100 % of its net budget.
    make_ledger(
        store,
        budget=[
            (2024, None, "1000", SALARY, "original", 12000.0),
            (2024, None, "1000", SALES, "original", -11880.0),
        ],
        accounts=[
            *monthly(2024, "1000", SALARY, [1010.0]),
            *monthly(2024, "1000", SALES, [-990.0]),
        ],
    )
    total = compute_gaps(store, SYSTEM, 2024).total
    assert (total.annual_budget, total.forecast, total.forecast_gap) == (120.0, 240.0, -120.0)
    assert total.status == "yellow"  # 120 / 12 000 = 1 %


def test_monthly_series_is_cumulative_and_stops_at_the_month(store: Store) -> None:
    make_ledger(
        store,
        budget=[(2024, None, "1000", SALARY, "original", 1200.0)],
        accounts=monthly(2024, "1000", SALARY, [90.0, 110.0, 130.0]),
    )
    series = monthly_series(load_ledger(store, SYSTEM, 2024), 2)
    assert series["budget_cum"].tolist()[:3] == [100.0, 200.0, 300.0]
    assert series["budget_cum"].iloc[-1] == 1200.0
    assert series["actual_cum"].tolist()[:2] == [90.0, 200.0]
    assert math.isnan(series["actual_cum"].iloc[2])
    assert isinstance(series, pd.DataFrame)
