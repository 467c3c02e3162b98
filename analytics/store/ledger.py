"""Queries on the budget and accounts lines (the active ones: not replaced, not undone).

Accounts are read from `accounts_summary` (sums by year, month, ansvar and art group), which is
rebuilt from the lines when they changed; import code may call `refresh_accounts_summary` inside
its own transaction so that the first page view after an import is fast as well.
Amounts are NOK, expenses positive, income negative. Period 13 counts as December.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from analytics.artgroups import art_group_map, mapping_digest
from analytics.store.db import Store

MONTHS = tuple(range(1, 13))
ACTUAL_COLUMNS = [f"a{month}" for month in MONTHS]


def years_with_data(store: Store) -> list[int]:
    """The years that have budget or accounts lines, newest first."""
    rows = store.rows(
        "SELECT DISTINCT year FROM active_accounts UNION SELECT DISTINCT year FROM active_budget "
        "ORDER BY year DESC"
    )
    return [int(row[0]) for row in rows]


def latest_month(store: Store, year: int) -> int | None:
    """The latest month (1–12) with accounts in the year; period 13 counts as December."""
    value = store.value("SELECT max(period) FROM active_accounts WHERE year = ?", [year])
    return None if value is None else min(int(value), 12)


def summary_state(cursor: duckdb.DuckDBPyConnection) -> str:
    """A fingerprint of the accounts lines and uploads, and of the art grouping rules."""
    row = cursor.execute(
        "SELECT (SELECT count(*) FROM accounts_lines), "
        "(SELECT count(*) FROM accounts_lines WHERE replaced_by IS NULL), "
        "(SELECT coalesce(max(id), 0) FROM uploads), "
        "(SELECT coalesce(sum(id), 0) FROM uploads WHERE status = 'active'), "
        "(SELECT count(*) FROM uploads WHERE status = 'active')"
    ).fetchone()
    return f"{row}:{mapping_digest()}"


def refresh_accounts_summary(cursor: duckdb.DuckDBPyConnection) -> None:
    """Rebuilds `accounts_summary` from the active accounts lines.

    Call it with the cursor of an open transaction (`with store.transaction() as tx:`) right
    after writing or undoing accounts, so the sums change in the same all-or-nothing write.
    """
    arts = [row[0] for row in cursor.execute("SELECT DISTINCT art FROM accounts_lines").fetchall()]
    cursor.register("economy_art_map", art_group_map(arts))
    try:
        cursor.execute("DELETE FROM accounts_summary")
        cursor.execute(
            "INSERT INTO accounts_summary "
            "SELECT year, least(period, 12), ansvar, m.art_group, sum(amount) "
            "FROM active_accounts JOIN economy_art_map m USING (art) GROUP BY ALL"
        )
        cursor.execute("DELETE FROM accounts_summary_state")
        cursor.execute("INSERT INTO accounts_summary_state VALUES (?)", [summary_state(cursor)])
    finally:
        cursor.unregister("economy_art_map")


def ensure_accounts_summary(store: Store) -> None:
    """Rebuilds the summed accounts when the lines changed since they were last summed."""
    stored = store.value("SELECT max(state) FROM accounts_summary_state")
    if stored == summary_state(store.cursor()):
        return
    with store.transaction() as tx:
        if tx.execute("SELECT max(state) FROM accounts_summary_state").fetchone() != (
            summary_state(tx),
        ):
            refresh_accounts_summary(tx)


def _ansvar_filter(ansvar: list[str] | None, column: str = "ansvar") -> tuple[str, list[object]]:
    if ansvar is None:
        return "", []
    return f" AND list_contains(?::VARCHAR[], {column})", [list(ansvar)]


def _monthly_sums(source_month: str) -> str:
    return ", ".join(
        f"coalesce(sum(amount) FILTER (WHERE {source_month} = {m}), 0)::DOUBLE AS a{m}"
        for m in MONTHS
    )


def read_actuals_by_group(
    store: Store, first_year: int, last_year: int, ansvar: list[str] | None
) -> pd.DataFrame:
    """Accounts per year, ansvar and art group, one column per month (a1 … a12).

    `ansvar` None means every ansvar in the data (also those the organisation lacks).
    """
    ensure_accounts_summary(store)
    where, params = _ansvar_filter(ansvar)
    return store.frame(
        f"SELECT year, ansvar, art_group, {_monthly_sums('month')} FROM accounts_summary "
        f"WHERE year BETWEEN ? AND ?{where} GROUP BY year, ansvar, art_group "
        "ORDER BY year, ansvar, art_group",
        [first_year, last_year, *params],
    )


def read_actuals_by_art(store: Store, year: int, ansvar: list[str] | None) -> pd.DataFrame:
    """Accounts of one year per ansvar and art, one column per month (a1 … a12)."""
    where, params = _ansvar_filter(ansvar)
    return store.frame(
        f"SELECT ansvar, art, {_monthly_sums('least(period, 12)')} FROM active_accounts "
        f"WHERE year = ?{where} GROUP BY ansvar, art ORDER BY ansvar, art",
        [year, *params],
    )


def read_budget(store: Store, year: int, ansvar: list[str] | None) -> pd.DataFrame:
    """The budget that applies, per ansvar, art and month (month NaN: an annual amount).

    Per ansvar and art: the revised budget where it has any revised line, else the original;
    within that kind, monthly lines where there are any, else the annual lines.
    """
    where, params = _ansvar_filter(ansvar)
    return store.frame(
        "WITH summed AS ("
        "  SELECT ansvar, art, budget_kind, month, sum(amount)::DOUBLE AS amount "
        f"  FROM active_budget WHERE year = ?{where} GROUP BY ALL), "
        "marked AS ("
        "  SELECT *, bool_or(budget_kind = 'revised') OVER (PARTITION BY ansvar, art) AS revised,"
        "    bool_or(month IS NOT NULL) OVER (PARTITION BY ansvar, art, budget_kind) AS monthly "
        "  FROM summed) "
        "SELECT ansvar, art, month, amount FROM marked "
        "WHERE budget_kind = CASE WHEN revised THEN 'revised' ELSE 'original' END "
        "  AND (month IS NOT NULL OR NOT monthly) "
        "ORDER BY ansvar, art, month",
        [year, *params],
    )


def read_own_forecasts(store: Store, year: int) -> pd.DataFrame:
    """The budget holders' own year-end forecasts of a year: month, unit_code, forecast."""
    return store.frame(
        "SELECT month, unit_code, forecast::DOUBLE AS forecast FROM unit_forecasts "
        "WHERE year = ? AND forecast IS NOT NULL ORDER BY unit_code, month",
        [year],
    )


def data_version(store: Store) -> str:
    """A fingerprint of everything the economy figures are made from (accounts, budget,
    organisation, settings, own forecasts): pages cache computed figures under it."""
    row = store.rows(
        "SELECT (SELECT count(*) FROM budget_lines), "
        "(SELECT count(*) FROM budget_lines WHERE replaced_by IS NULL), "
        "(SELECT hash(string_agg(concat_ws('|', ansvar, ansvar_name, unit_code, unit_name, "
        "  sector_code, sector_name), ',' ORDER BY ansvar)) FROM organisation), "
        "(SELECT hash(string_agg(name || '=' || value, ',' ORDER BY name)) FROM settings), "
        "(SELECT count(*) || '/' || coalesce(max(entered_at)::VARCHAR, '') || '/' || "
        "  coalesce(sum(forecast), 0)::VARCHAR FROM unit_forecasts)"
    )[0]
    return f"{summary_state(store.cursor())}:{row}"
