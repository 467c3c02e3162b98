"""The ledger queries: the summed accounts and budget follow every change of the lines."""

from __future__ import annotations

from analytics.store import Store
from analytics.store.ledger import (
    latest_month,
    read_actuals_by_art,
    read_actuals_by_group,
    read_budget,
    refresh_accounts_summary,
    years_with_data,
)
from tests.analytics.economy.data import PURCHASE, SALARY, make_ledger, monthly


def january_salary(store: Store, year: int = 2024) -> float:
    frame = read_actuals_by_group(store, year, year, None)
    return float(frame.loc[frame["art_group"] == "lonn", "a1"].sum())


def test_summary_follows_new_uploads_replacements_and_undo(store: Store) -> None:
    make_ledger(store, accounts=monthly(2024, "1000", SALARY, [100.0]))
    assert january_salary(store) == 100.0
    make_ledger(store, accounts=monthly(2024, "1000", SALARY, [20.0]))  # a second upload
    assert january_salary(store) == 120.0
    with store.transaction() as tx:  # the second upload replaces the first
        tx.execute("UPDATE accounts_lines SET replaced_by = 2 WHERE upload_id = 1")
    assert january_salary(store) == 20.0
    with store.transaction() as tx:  # undo the second: the first is active again
        tx.execute("UPDATE uploads SET status = 'undone' WHERE id = 2")
        tx.execute("UPDATE accounts_lines SET replaced_by = NULL WHERE upload_id = 1")
    assert january_salary(store) == 100.0


def test_refresh_inside_an_import_transaction(store: Store) -> None:
    make_ledger(store, accounts=monthly(2024, "1000", SALARY, [100.0]))
    assert january_salary(store) == 100.0
    with store.transaction() as tx:  # as import code does it: lines and sums in one write
        tx.execute(
            "INSERT INTO accounts_lines (upload_id, year, period, ansvar, art, amount) "
            "VALUES (1, 2024, 1, '1000', '10100', 5)"
        )
        refresh_accounts_summary(tx)
    assert store.value("SELECT sum(a1) FROM accounts_summary") == 105
    assert january_salary(store) == 105.0


def test_period_13_is_december_and_latest_month(store: Store) -> None:
    make_ledger(store, accounts=[(2023, 13, "1000", SALARY, 7.0), (2024, 2, "1000", SALARY, 1.0)])
    frame = read_actuals_by_group(store, 2023, 2023, None)
    assert frame["a12"].tolist() == [7.0]
    assert latest_month(store, 2023) == 12
    assert latest_month(store, 2024) == 2
    assert latest_month(store, 2025) is None
    assert years_with_data(store) == [2024, 2023]


def test_budget_by_art_within_one_art_group_and_ansvar_filter(store: Store) -> None:
    make_ledger(
        store,
        budget=[
            (2024, None, "1000", SALARY, "original", 10.0),
            (2024, None, "1000", "10500", "original", 20.0),
            (2024, None, "1000", PURCHASE, "original", 30.0),
            (2024, None, "2000", SALARY, "original", 40.0),
        ],
        accounts=[(2024, 1, "1000", "10500", 3.0), (2024, 1, "2000", SALARY, 4.0)],
    )
    budget = read_budget(store, 2024, ["1000"], "lonn")
    assert budget[["art", "amount"]].values.tolist() == [["10100", 10.0], ["10500", 20.0]]
    actual = read_actuals_by_art(store, 2024, ["1000"], "lonn")
    assert actual[["ansvar", "art", "a1"]].values.tolist() == [["1000", "10500", 3.0]]
    assert read_budget(store, 2024, ["2000"])["amount"].tolist() == [40.0]
