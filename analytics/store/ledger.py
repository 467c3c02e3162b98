"""Queries on the budget and accounts lines (the active ones: not replaced, not undone)."""

from __future__ import annotations

from analytics.store.db import Store


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
