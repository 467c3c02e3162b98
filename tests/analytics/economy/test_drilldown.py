"""Drill-down: every level sums to the level above, forecasts included."""

from __future__ import annotations

import pytest

from analytics.core.access import Access
from analytics.economy.drilldown import DrillPoint, child_by, descend, drill_rows, start_point
from analytics.economy.gaps import BudgetStatus
from analytics.economy.ledger import Ledger, load_ledger, reporting_month
from analytics.store import Store
from tests.analytics.economy.data import (
    PURCHASE,
    SALARY,
    SALES,
    add_own_forecast,
    make_ledger,
    monthly,
)

SUMMED = ("annual_budget", "budget_ytd", "actual_ytd", "gap_ytd", "forecast", "forecast_gap")


def assert_children_sum_to_parent(rows: list[BudgetStatus]) -> None:
    children, parent = rows[:-1], rows[-1]
    for field in SUMMED:
        assert round(sum(getattr(r, field) for r in children), 2) == getattr(parent, field), field


def walk(
    store: Store,
    ledger: Ledger,
    month: int,
    point: DrillPoint,
    seen: list[str],
    expected: BudgetStatus | None = None,
) -> None:
    """Checks that this point's total is the row it was reached through (`expected`), that its
    rows sum to it, and the same for every point below it."""
    rows = drill_rows(store, ledger, month, point).with_total()
    assert_children_sum_to_parent(rows)
    if expected is not None:
        for field in SUMMED:
            assert getattr(rows[-1], field) == getattr(expected, field), (point.key, field)
    seen.append(child_by(point))
    if child_by(point) == "art":
        return
    for row in rows[:-1]:
        walk(store, ledger, month, descend(ledger, point, row.key), seen, row)


@pytest.fixture
def ledger_store(store: Store) -> Store:
    """Salaries, purchases and income on several ansvar, last year's history, an own forecast."""
    accounts = []
    for year in (2023, 2024):
        accounts += monthly(year, "1000", SALARY, [101.11] * 5 + [50.5] + [101.11] * 6)
        accounts += monthly(year, "1000", "11500", [33.33] * 12)
        accounts += monthly(year, "1001", SALES, [-20.0] * 12)
        accounts += monthly(year, "2000", PURCHASE, [75.0] * 11 + [400.0])
        accounts += monthly(year, "1100", "14290", [9.99] * 12)
    make_ledger(
        store,
        budget=[
            (2024, None, "1000", SALARY, "original", 1250.0),
            (2024, None, "1000", PURCHASE, "original", 410.0),
            (2024, None, "1001", SALES, "original", -250.0),
            (2024, None, "2000", PURCHASE, "original", 1300.0),
            (2024, None, "1100", PURCHASE, "original", 100.0),
        ],
        accounts=[a for a in accounts if a[0] == 2023 or a[1] <= 7],
    )
    add_own_forecast(store, 2024, 6, "10", 1234.56)  # unit 10's budget holder
    return store


def test_every_level_sums_to_the_level_above(ledger_store: Store) -> None:
    ledger = load_ledger(ledger_store, Access.system(), 2024)
    seen: list[str] = []
    walk(ledger_store, ledger, 7, start_point(ledger, None), seen)
    assert set(seen) == {"sector", "unit", "ansvar", "artgroup", "art"}


def test_own_forecast_reaches_the_arts_below_the_unit(ledger_store: Store) -> None:
    ledger = load_ledger(ledger_store, Access.system(), 2024)
    unit = drill_rows(ledger_store, ledger, 7, start_point(ledger, "10")).total
    assert (unit.forecast, unit.forecast_method) == (1234.56, "own")
    arts = drill_rows(
        ledger_store, ledger, 7, DrillPoint(start_point(ledger, "1000").scope, "varer_tjenester")
    ).with_total()
    assert [r.key for r in arts] == ["11000", "11500", "varer_tjenester"]
    assert {r.forecast_method for r in arts} == {"own"}


def test_the_demo_municipality_adds_up(demo_store: Store) -> None:
    year, month = reporting_month(demo_store)
    ledger = load_ledger(demo_store, Access.system(), year)
    point = start_point(ledger, None)
    for _ in range(4):  # kommune → sektor → enhet → ansvar → art group, through the first row
        rows = drill_rows(demo_store, ledger, month, point).with_total()
        assert_children_sum_to_parent(rows)
        point = descend(ledger, point, rows[0].key)
    assert_children_sum_to_parent(drill_rows(demo_store, ledger, month, point).with_total())
    assert point.art_group is not None
