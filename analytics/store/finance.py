"""SQL of the financial room: balance items and plan figures, the loan portfolio, the ROBEK
coverage plan (versioned, through uploads), the finance office's own forecasts and the saved
investment scenarios. Amounts NOK."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import pandas as pd

from analytics.store.db import Store
from analytics.store.uploads import (
    COVERAGE_PLAN,
    CURRENT,
    FINANCE_ITEMS,
    LOANS,
    NewUpload,
    store_upload,
)

ITEM_COLUMNS = ["year", "item", "amount"]
LOAN_COLUMNS = ["loan", "lender", "balance", "rate_pct", "fixed_until", "maturity"]
COVERAGE_COLUMNS = ["year", "amount"]


def read_items(store: Store) -> pd.DataFrame:
    """The current balance items and plan figures: year, item, amount (float), by year."""
    return store.frame(
        f"SELECT year, item, amount::DOUBLE AS amount FROM finance_items WHERE {CURRENT} "
        "ORDER BY year, item"
    )


def store_items_upload(
    store: Store, upload: NewUpload, items: pd.DataFrame
) -> tuple[int, tuple[int, ...]]:
    """Stores the items (ITEM_COLUMNS), each replacing the current one of its year and item."""
    return store_upload(store, upload, [(FINANCE_ITEMS, items, ITEM_COLUMNS)])


def read_loans(store: Store) -> pd.DataFrame:
    """The current loan portfolio (LOAN_COLUMNS), largest balance first."""
    return store.frame(
        "SELECT loan, lender, balance::DOUBLE AS balance, rate_pct, fixed_until, maturity "
        f"FROM loans WHERE {CURRENT} ORDER BY balance DESC, loan"
    )


def store_loans_upload(
    store: Store, upload: NewUpload, loans: pd.DataFrame
) -> tuple[int, tuple[int, ...]]:
    """Stores the portfolio (LOAN_COLUMNS) in place of the current one."""
    return store_upload(store, upload, [(LOANS, loans, LOAN_COLUMNS)])


def read_coverage_plan(store: Store) -> dict[int, float]:
    """The current coverage plan: year → the deficit to cover that year."""
    rows = store.rows(
        f"SELECT year, amount::DOUBLE FROM coverage_plan WHERE {CURRENT} ORDER BY year"
    )
    return {int(year): float(amount) for year, amount in rows}


def store_coverage_upload(
    store: Store, upload: NewUpload, plan: pd.DataFrame
) -> tuple[int, tuple[int, ...]]:
    """Stores the plan (COVERAGE_COLUMNS) in place of the current one."""
    return store_upload(store, upload, [(COVERAGE_PLAN, plan, COVERAGE_COLUMNS)])


def read_forecasts(store: Store, year: int) -> pd.DataFrame:
    """The finance office's own year-end forecasts: line, amount, comment, entered_by, at."""
    return store.frame(
        "SELECT line, amount::DOUBLE AS amount, comment, entered_by, entered_at "
        "FROM finance_forecasts WHERE year = ? ORDER BY line",
        [year],
    )


def write_forecast(
    store: Store, year: int, line: str, amount: float | None, comment: str, by: str, at: dt.datetime
) -> None:
    """Stores (amount None: removes) the finance office's forecast of one line."""
    with store.transaction() as tx:
        tx.execute("DELETE FROM finance_forecasts WHERE year = ? AND line = ?", [year, line])
        if amount is not None:
            tx.execute(
                "INSERT INTO finance_forecasts VALUES (?, ?, ?, ?, ?, ?)",
                [year, line, amount, comment, by, at],
            )


def read_scenarios(store: Store) -> dict[str, str]:
    """Saved scenarios: name → their JSON."""
    return {
        str(name): str(spec)
        for name, spec in store.rows(
            "SELECT name, spec FROM finance_scenarios ORDER BY saved_at, name"
        )
    }


def write_scenario(store: Store, name: str, spec: str, by: str, at: dt.datetime) -> None:
    """Saves a scenario (replacing one of the same name)."""
    with store.transaction() as tx:
        tx.execute(
            "INSERT OR REPLACE INTO finance_scenarios VALUES (?, ?, ?, ?)", [name, spec, by, at]
        )


def delete_scenario(store: Store, name: str) -> None:
    with store.transaction() as tx:
        tx.execute("DELETE FROM finance_scenarios WHERE name = ?", [name])


def item_amounts(items: pd.DataFrame) -> Mapping[int, dict[str, float]]:
    """The items per year: year → {item: amount}."""
    by_year: dict[int, dict[str, float]] = {}
    for row in items.to_dict("records"):
        by_year.setdefault(int(row["year"]), {})[str(row["item"])] = float(row["amount"])
    return by_year


def accounts_by_art_month(store: Store, year: int, ledger: str = "operating") -> pd.DataFrame:
    """One year's accounts of a ledger per art (local codes) and month: art, month, amount (NOK).

    Period 13 (the year-end postings) counts as December."""
    return store.frame(
        "SELECT art, least(period, 12) AS month, CAST(sum(amount) AS DOUBLE) AS amount "
        "FROM active_accounts WHERE ledger = ? AND year = ? GROUP BY ALL ORDER BY art, month",
        [ledger, year],
    )


def yearly_ledger_sums(store: Store) -> pd.DataFrame:
    """Year, kind, amount: the operating ledger's budget per budget kind and its accounts,
    and the investment ledger's new loans (art 091…), summed per year (NOK, as stored)."""
    budget = store.frame(
        "SELECT year, budget_kind AS kind, CAST(sum(amount) AS DOUBLE) AS amount "
        "FROM active_budget WHERE ledger = 'operating' GROUP BY ALL"
    )
    accounts = store.frame(
        "SELECT year, 'accounts' AS kind, CAST(sum(amount) AS DOUBLE) AS amount "
        "FROM active_accounts WHERE ledger = 'operating' GROUP BY ALL"
    )
    loans = store.frame(
        "SELECT year, 'new_loans' AS kind, CAST(sum(amount) AS DOUBLE) AS amount "
        "FROM active_accounts WHERE ledger = 'investment' AND art LIKE '091%' GROUP BY ALL"
    )
    return pd.concat([budget, accounts, loans], ignore_index=True)
