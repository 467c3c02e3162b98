"""Quarter and tertial views with the change since the last report."""

from __future__ import annotations

import pytest

from analytics.core.access import Access
from analytics.economy.ledger import load_ledger
from analytics.economy.periods import PERIOD_ENDS, period_figures
from analytics.store import Store
from tests.analytics.economy.data import SALARY, make_ledger, monthly


@pytest.fixture
def ledger_store(store: Store) -> Store:
    make_ledger(
        store,
        budget=[(2024, None, "1000", SALARY, "original", 1200.0)],
        accounts=monthly(
            2024, "1000", SALARY, [100.0, 100.0, 100.0, 140.0, 100.0, 100.0, 100.0, 60.0]
        ),
    )
    return store


def test_tertials_end_in_april_and_august(ledger_store: Store) -> None:
    assert PERIOD_ENDS["tertial"] == (4, 8, 12)
    ledger = load_ledger(ledger_store, Access.system(), 2024)
    first, second = period_figures(ledger, 9, "tertial")
    assert (first.label, first.end_month, second.label) == ("1. tertial", 4, "2. tertial")
    assert (first.budget_period, first.actual_period, first.gap_period) == (400.0, 440.0, -40.0)
    assert (second.budget_period, second.actual_period, second.gap_period) == (400.0, 360.0, 40.0)
    assert (second.budget_ytd, second.actual_ytd, second.gap_ytd) == (800.0, 800.0, 0.0)
    # forecasts as they could be made then (run rate: no earlier year)
    assert (first.forecast, second.forecast) == (1320.0, 1200.0)
    assert (first.gap_change, first.forecast_change) == (None, None)
    assert (second.gap_change, second.forecast_change) == (40.0, -120.0)


def test_quarters_up_to_the_month(ledger_store: Store) -> None:
    ledger = load_ledger(ledger_store, Access.system(), 2024)
    quarters = period_figures(ledger, 9, "quarter")
    assert [q.label for q in quarters] == ["1. kvartal", "2. kvartal", "3. kvartal"]
    assert [q.actual_period for q in quarters] == [300.0, 340.0, 160.0]
    assert [q.gap_period for q in quarters] == [0.0, -40.0, 140.0]
    assert period_figures(ledger, 2, "quarter") == []
