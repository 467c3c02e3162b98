"""Queries on the budget and accounts lines (the active ones: not replaced, not undone).

Every line belongs to one ledger, the operating or the investment ledger (`ledger`); each query
reads one of them, the operating ledger unless told otherwise. The lines are read through the
views `ledger_accounts` and `ledger_budget` (migration 081): a line of a project with no ansvar
of its own counts under the project's responsible unit in the register. Accounts are read from
`accounts_summary` (sums by ledger, year, month, ansvar and art group), which is rebuilt from
the lines when they changed; import code may call `refresh_accounts_summary` inside its own
transaction so that the first page view after an import is fast as well.
Amounts are NOK, expenses positive, income negative. Period 13 counts as December.

"Which budget applies", per ledger, year, ansvar, project and art: the revised budget where it
has any revised line, else the original; within that kind, monthly lines where there are any,
else the annual lines. Plan figures (budget kind `plan`, the later years of an economic plan)
never apply as a year's budget: `plan_by_art` reads them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import duckdb
import pandas as pd

from analytics.core.artgroups import OPERATING, art_group_map, mapping_digest
from analytics.store.db import Store

MONTHS = tuple(range(1, 13))
ACTUAL_COLUMNS = [f"a{month}" for month in MONTHS]


def years_with_data(store: Store) -> list[int]:
    """The years that have budget or accounts lines (plan figures left out), newest first."""
    ensure_accounts_summary(store)
    rows = store.rows(
        "SELECT DISTINCT year FROM accounts_summary UNION SELECT DISTINCT year FROM active_budget "
        "WHERE budget_kind <> 'plan' ORDER BY year DESC"
    )
    return [int(row[0]) for row in rows]


def latest_month(store: Store, year: int, ledger: str = OPERATING) -> int | None:
    """The latest month (1–12) with accounts of the ledger in the year; period 13 counts as
    December."""
    value = store.value(
        "SELECT max(period) FROM active_accounts WHERE year = ? AND ledger = ?", [year, ledger]
    )
    return None if value is None else min(int(value), 12)


def latest_accounts_month(store: Store) -> tuple[int, int] | None:
    """The (year, month) of the newest operating accounts stored; period 13 counts as
    December."""
    row = store.rows(
        "SELECT year, least(max(period), 12) FROM active_accounts WHERE ledger = 'operating' "
        "GROUP BY year ORDER BY year DESC LIMIT 1"
    )
    return (int(row[0][0]), int(row[0][1])) if row else None


def summary_state(cursor: duckdb.DuckDBPyConnection) -> str:
    """A fingerprint of the accounts and budget lines, the uploads, the projects' responsible
    units, and the art grouping rules."""
    row = cursor.execute(
        "SELECT (SELECT count(*) FROM accounts_lines), "
        "(SELECT count(*) FROM accounts_lines WHERE replaced_by IS NULL), "
        "(SELECT count(*) FROM budget_lines), "
        "(SELECT count(*) FROM budget_lines WHERE replaced_by IS NULL), "
        "(SELECT coalesce(max(id), 0) FROM uploads), "
        "(SELECT coalesce(sum(id), 0) FROM uploads WHERE status = 'active'), "
        "(SELECT count(*) FROM uploads WHERE status = 'active'), "
        "(SELECT coalesce(sum(hash(code, unit_code)), 0) FROM projects WHERE replaced_by IS NULL)"
    ).fetchone()
    return f"{row}:{mapping_digest()}"


def refresh_accounts_summary(cursor: duckdb.DuckDBPyConnection) -> None:
    """Rebuilds the summed accounts and budget (`accounts_summary`, `budget_summary`).

    Import code calls it with the cursor of its open transaction (`with store.transaction() as
    tx:`) right after writing, replacing or undoing budget or accounts lines, so the sums change
    in the same all-or-nothing write. Otherwise the first read after a change rebuilds them.
    """
    arts = [
        row[0]
        for row in cursor.execute(
            "SELECT DISTINCT art FROM accounts_lines UNION SELECT DISTINCT art FROM budget_lines"
        ).fetchall()
    ]
    with _art_map(cursor, arts):
        cursor.execute("DELETE FROM art_group_map")
        cursor.execute(f"INSERT INTO art_group_map SELECT art, art_group FROM {_ART_MAP}")
        cursor.execute("DELETE FROM accounts_summary")
        cursor.execute(
            "INSERT INTO accounts_summary SELECT ledger, year, ansvar, m.art_group, "
            f"{_monthly_sums('least(period, 12)', 'DECIMAL(18, 2)')} "
            f"FROM ledger_accounts JOIN {_ART_MAP} m USING (art) GROUP BY ALL ORDER BY ledger"
        )
        cursor.execute("DELETE FROM budget_summary")
        cursor.execute(
            f"INSERT INTO budget_summary {chosen_budget_sql('ledger, year, ansvar, art_group', '')}"
        )
    cursor.execute("DELETE FROM accounts_summary_state")
    cursor.execute("INSERT INTO accounts_summary_state VALUES (?)", [summary_state(cursor)])


def ensure_accounts_summary(store: Store) -> None:
    """Rebuilds the summed accounts when the lines changed since they were last summed."""
    stored = store.value("SELECT max(state) FROM accounts_summary_state")
    if stored == summary_state(store.cursor()):
        return
    # Derived tables only: the figures stay what they were, so the data version stays too.
    with store.transaction(bookkeeping=True) as tx:
        current = tx.execute("SELECT max(state) FROM accounts_summary_state").fetchone()
        if current != (summary_state(tx),):
            refresh_accounts_summary(tx)


_ART_MAP = "economy_art_map"


@contextmanager
def _art_map(cursor: duckdb.DuckDBPyConnection, arts: list[str]) -> Iterator[None]:
    """Makes the art → art group table of these arts available to this cursor's queries."""
    cursor.register(_ART_MAP, art_group_map(arts))
    try:
        yield
    finally:
        cursor.unregister(_ART_MAP)


def _ansvar_filter(ansvar: list[str] | None, column: str = "ansvar") -> tuple[str, list[object]]:
    if ansvar is None:
        return "", []
    return f" AND list_contains(?::VARCHAR[], {column})", [list(ansvar)]


def _monthly_sums(source_month: str, kind: str = "DOUBLE") -> str:
    return ", ".join(
        f"coalesce(sum(amount) FILTER (WHERE {source_month} = {m}), 0)::{kind} AS a{m}"
        for m in MONTHS
    )


def ledger_codes(store: Store, ledger: str = OPERATING) -> list[str]:
    """The ansvar codes of the ledger's lines (accounts or budget), sorted."""
    ensure_accounts_summary(store)
    rows = store.rows(
        "SELECT ansvar FROM accounts_summary WHERE ledger = ? "
        "UNION SELECT ansvar FROM budget_summary WHERE ledger = ? ORDER BY 1",
        [ledger, ledger],
    )
    return [str(row[0]) for row in rows]


def read_actuals_by_group(
    store: Store,
    first_year: int,
    last_year: int,
    ansvar: list[str] | None,
    ledger: str = OPERATING,
) -> pd.DataFrame:
    """Accounts of one ledger per year, ansvar and art group, one column per month (a1 … a12).

    `ansvar` None means every ansvar in the data (also those the organisation lacks).
    """
    ensure_accounts_summary(store)
    where, params = _ansvar_filter(ansvar)
    months = ", ".join(f"a{m}::DOUBLE AS a{m}" for m in MONTHS)
    return store.frame(
        f"SELECT year, ansvar, art_group, {months} FROM accounts_summary "
        f"WHERE ledger = ? AND year BETWEEN ? AND ?{where}",
        [ledger, first_year, last_year, *params],
    )


def read_actuals_by_art(
    store: Store, year: int, ansvar: list[str] | None, art_group: str, ledger: str = OPERATING
) -> pd.DataFrame:
    """One art group's accounts of one year and ledger per ansvar and art: ansvar, art_group,
    art, a1 … a12."""
    ensure_accounts_summary(store)
    where, params = _ansvar_filter(ansvar)
    return store.frame(
        f"SELECT ansvar, m.art_group, art, {_monthly_sums('least(period, 12)')} "
        "FROM ledger_accounts JOIN art_group_map m USING (art) "
        f"WHERE ledger = ? AND year = ? AND m.art_group = ?{where} GROUP BY ALL "
        "ORDER BY ansvar, art",
        [ledger, year, art_group, *params],
    )


def read_budget(
    store: Store,
    year: int,
    ansvar: list[str] | None,
    art_group: str | None = None,
    ledger: str = OPERATING,
) -> pd.DataFrame:
    """The budget of one ledger that applies (see the module docstring), summed per ansvar,
    art group (and art, when one `art_group` is asked for) and month; month NaN is an annual
    amount."""
    where, params = _ansvar_filter(ansvar)
    ensure_accounts_summary(store)
    if art_group is None:
        return store.frame(
            "SELECT ansvar, art_group, month, amount FROM budget_summary "
            f"WHERE ledger = ? AND year = ?{where} ORDER BY ansvar, art_group, month",
            [ledger, year, *params],
        )
    return store.frame(
        chosen_budget_sql(
            "ansvar, art_group, art",
            f"AND ledger = ? AND year = ?{where} AND m.art_group = ?",
            "art_group_map",
        ),
        [ledger, year, *params, art_group],
    )


def read_actuals_by_project(
    store: Store, year: int, ansvar: list[str] | None, ledger: str = OPERATING
) -> pd.DataFrame:
    """One year's accounts of a ledger per ansvar, project and art group: ansvar, prosjekt,
    art_group, a1 … a12 (lines without a project have prosjekt '')."""
    ensure_accounts_summary(store)
    where, params = _ansvar_filter(ansvar)
    return store.frame(
        f"SELECT ansvar, prosjekt, m.art_group, {_monthly_sums('least(period, 12)')} "
        "FROM ledger_accounts JOIN art_group_map m USING (art) "
        f"WHERE ledger = ? AND year = ?{where} GROUP BY ALL ORDER BY ansvar, prosjekt",
        [ledger, year, *params],
    )


def read_budget_by_project(
    store: Store, year: int, ansvar: list[str] | None, ledger: str = OPERATING
) -> pd.DataFrame:
    """The applying budget of a year and ledger per ansvar, project, art group and month
    (month NaN: annual)."""
    ensure_accounts_summary(store)
    where, params = _ansvar_filter(ansvar)
    return store.frame(
        chosen_budget_sql(
            "ansvar, prosjekt, art_group", f"AND ledger = ? AND year = ?{where}", "art_group_map"
        ),
        [ledger, year, *params],
    )


_LINE = "ledger, year, ansvar, prosjekt, art"  # what "which budget applies" is decided per


def chosen_budget_sql(keys: str, where: str, art_map: str = _ART_MAP) -> str:
    """The applying budget summed by `keys` and month, art groups from the table `art_map`."""
    return (
        "WITH summed AS ("
        f"  SELECT {_LINE}, m.art_group, budget_kind, month, "
        "    sum(amount::DOUBLE) AS amount "
        f"  FROM ledger_budget JOIN {art_map} m USING (art) "
        f"  WHERE budget_kind <> 'plan' {where} GROUP BY ALL), "
        "kinds AS ("
        f"  SELECT {_LINE}, bool_or(budget_kind = 'revised') AS revised "
        "  FROM summed GROUP BY ALL), "
        "chosen AS ("
        f"  SELECT summed.* FROM summed JOIN kinds USING ({_LINE}) "
        "  WHERE budget_kind = CASE WHEN revised THEN 'revised' ELSE 'original' END), "
        "monthly AS ("
        f"  SELECT {_LINE}, bool_or(month IS NOT NULL) AS has_months "
        "  FROM chosen GROUP BY ALL) "
        f"SELECT {keys}, month, sum(amount) AS amount "
        f"FROM chosen JOIN monthly USING ({_LINE}) "
        "WHERE month IS NOT NULL OR NOT has_months "
        f"GROUP BY {keys}, month ORDER BY {keys}, month"
    )


# --- by year and art, for the financial figures -------------------------------------------------


def accounts_by_art(store: Store, ledger: str = OPERATING) -> pd.DataFrame:
    """The ledger's accounts summed per year and art (local codes): year, art, amount (NOK)."""
    return store.frame(
        "SELECT year, art, CAST(sum(amount) AS DOUBLE) AS amount FROM active_accounts "
        "WHERE ledger = ? GROUP BY ALL ORDER BY year, art",
        [ledger],
    )


def budget_by_art(store: Store, ledger: str = OPERATING) -> pd.DataFrame:
    """The ledger's applying budget (see the module docstring) summed per year and art:
    year, art, amount (NOK, annual)."""
    ensure_accounts_summary(store)
    return store.frame(
        "WITH applying AS ("
        + chosen_budget_sql("year, art", "AND ledger = ?", "art_group_map")
        + ") SELECT year, art, sum(amount) AS amount FROM applying GROUP BY ALL ORDER BY year, art",
        [ledger],
    )


def plan_by_art(store: Store, ledger: str = OPERATING) -> pd.DataFrame:
    """The economic plan's figures (budget kind `plan`) of the ledger summed per year and art:
    year, art, amount (NOK)."""
    return store.frame(
        "SELECT year, art, CAST(sum(amount) AS DOUBLE) AS amount FROM active_budget "
        "WHERE ledger = ? AND budget_kind = 'plan' GROUP BY ALL ORDER BY year, art",
        [ledger],
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
