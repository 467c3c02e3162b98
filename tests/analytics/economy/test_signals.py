"""Signals: the largest deviations first, and early warnings."""

from __future__ import annotations

from analytics.core.access import Access
from analytics.economy.gaps import BudgetStatus
from analytics.economy.ledger import load_ledger
from analytics.economy.signals import EarlyWarning, early_warnings, largest_deviations
from analytics.store import Store
from tests.analytics.economy.data import PURCHASE, SALARY, make_ledger, monthly


def status(key: str, gap: float) -> BudgetStatus:
    return BudgetStatus(key, key, "enhet", 0.0, 0.0, 0.0, gap, None, 0.0, 0.0, "run_rate", "green")


def test_largest_deviations_first_in_either_direction() -> None:
    rows = [status("a", -10.0), status("b", 300.0), status("c", -200.0), status("d", 0.0)]
    assert [r.key for r in largest_deviations(rows, 3)] == ["b", "c", "a"]


def test_early_warnings(store: Store) -> None:
    make_ledger(
        store,
        budget=[(2024, None, a, SALARY, "original", 1200.0) for a in ("1000", "1100", "2000")],
        accounts=[
            # unit 10: overspend 10, 30, 60, 100 — growing every month
            *monthly(2024, "1000", SALARY, [110.0, 120.0, 130.0, 140.0]),
            # unit 11: on budget until April, then a jump sends the forecast past red
            *monthly(2024, "1100", PURCHASE, [100.0, 100.0, 100.0, 200.0]),
            # unit 20: overspend up and down
            *monthly(2024, "2000", SALARY, [130.0, 90.0, 130.0, 90.0]),
        ],
    )
    ledger = load_ledger(store, Access.system(), 2024)
    assert early_warnings(ledger, 4) == [
        EarlyWarning("10", "Kárášjoga skuvla", "growing_overspend", 4),
        EarlyWarning("11", "Mánáidgárdi", "forecast_beyond", 4),
    ]
    # In February unit 10 has grown only two months: no warning yet; both 10 and 20 turned red.
    assert [(w.key, w.kind) for w in early_warnings(ledger, 2)] == []
    assert [(w.key, w.kind) for w in early_warnings(ledger, 1)] == [
        ("10", "forecast_beyond"),
        ("20", "forecast_beyond"),
    ]
    assert early_warnings(ledger, 4)[0].message == "Merforbruket har økt tre måneder på rad"
