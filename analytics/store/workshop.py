"""SQL of the economy workshop: own forecasts, workshop comments, measures and their history.

Plain rows in and out; `analytics/workshop/records.py` checks access, builds the workshop's
dataclasses and writes the audit log. `unit_code` may name a unit (enhet) or one ansvar.
Amounts are NOK, net, expenses positive.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import duckdb
import pandas as pd

from analytics.store.db import Store

MEASURE_FIELDS = (
    "id",
    "unit_code",
    "title",
    "description",
    "owner",
    "deadline",
    "expected_effect",
    "status",
    "created_year",
    "created_month",
    "created_by",
)
_SELECT_MEASURES = f"SELECT {', '.join(MEASURE_FIELDS)} FROM measures"


# What the workshop hands over, as plain tuples in this order (the workshop's dataclasses stay
# in analytics/workshop; the store imports nothing above core):
ForecastValues = tuple[
    int, int, str, float | None, str
]  # year, month, unit_code, forecast, comment
MeasureValues = tuple[str, str, str, dt.date, float, str]  # title … expected_effect, status code
HistoryValues = tuple[int, int, str, str, str, str, dt.datetime]
# history: year, month, status code, note, changes as JSON {"field": [old, new]}, by, at


def upsert_own_forecasts(
    store: Store, rows: Sequence[ForecastValues], by: str, at: dt.datetime
) -> None:
    """Stores the forecasts all together or none; one per unit and month (a new one replaces)."""
    with store.transaction() as tx:
        for row in rows:
            tx.execute(
                "INSERT OR REPLACE INTO unit_forecasts "
                "(year, month, unit_code, forecast, comment, entered_by, entered_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [*row, by, at],
            )


def select_own_forecasts(
    store: Store, year: int, month: int | None, codes: Sequence[str]
) -> pd.DataFrame:
    """year, month, unit_code, forecast (float, NaN for comment only), comment, entered_by,
    entered_at of these unit codes, for one month or (month None) the whole year."""
    return store.frame(
        "SELECT year, month, unit_code, CAST(forecast AS DOUBLE) AS forecast, comment, "
        "entered_by, entered_at FROM unit_forecasts "
        "WHERE year = ? AND (? IS NULL OR month = ?) AND list_contains(?, unit_code) "
        "ORDER BY month, unit_code",
        [year, month, month, list(codes)],
    ).reset_index(drop=True)


def upsert_workshop_comment(
    store: Store, year: int, month: int, unit_code: str, comment: str, by: str, at: dt.datetime
) -> None:
    """Stores one person's workshop comment on a unit and month (replacing their earlier one)."""
    with store.transaction() as tx:
        tx.execute(
            "INSERT OR REPLACE INTO workshop_comments "
            "(year, month, unit_code, comment, written_by, written_at) VALUES (?, ?, ?, ?, ?, ?)",
            [year, month, unit_code, comment, by, at],
        )


def select_workshop_comments(
    store: Store, year: int, month: int, codes: Sequence[str]
) -> pd.DataFrame:
    """unit_code, comment, written_by, written_at of the month for these codes, oldest first."""
    return store.frame(
        "SELECT unit_code, comment, written_by, written_at FROM workshop_comments "
        "WHERE year = ? AND month = ? AND list_contains(?, unit_code) "
        "ORDER BY unit_code, written_at",
        [year, month, list(codes)],
    )


def insert_measure(
    store: Store,
    unit_code: str,
    measure: MeasureValues,
    created: tuple[int, int, str, dt.datetime],
    history: HistoryValues,
) -> int:
    """Stores a new measure and the first entry of its history together; returns its id.

    `created` is the workshop year and month, who made it and when.
    """
    year, month, by, at = created
    with store.transaction() as tx:
        row = tx.execute(
            "INSERT INTO measures (unit_code, title, description, owner, deadline, "
            "expected_effect, status, created_year, created_month, created_by, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            [unit_code, *measure, year, month, by, at],
        ).fetchone()
        if row is None:
            raise RuntimeError("INSERT … RETURNING gave no row")
        measure_id = int(row[0])
        _insert_history(tx, measure_id, history)
    return measure_id


def update_measure_row(
    store: Store, measure_id: int, measure: MeasureValues, history: HistoryValues
) -> None:
    """Changes a measure's fields and adds the history entry, together."""
    with store.transaction() as tx:
        tx.execute(
            "UPDATE measures SET title = ?, description = ?, owner = ?, deadline = ?, "
            "expected_effect = ?, status = ? WHERE id = ?",
            [*measure, measure_id],
        )
        _insert_history(tx, measure_id, history)


def delete_measure_rows(store: Store, measure_id: int) -> None:
    """Removes a measure with its history."""
    with store.transaction() as tx:
        tx.execute("DELETE FROM measure_history WHERE measure_id = ?", [measure_id])
        tx.execute("DELETE FROM measures WHERE id = ?", [measure_id])


def _insert_history(tx: duckdb.DuckDBPyConnection, measure_id: int, entry: HistoryValues) -> None:
    tx.execute(
        "INSERT INTO measure_history "
        "(measure_id, year, month, status, note, changes, changed_by, changed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [measure_id, *entry],
    )


def select_measures(store: Store, codes: Sequence[str] | None) -> list[tuple[object, ...]]:
    """Rows of MEASURE_FIELDS for these unit codes (None: all), by unit, deadline and id."""
    if codes is None:
        return store.rows(f"{_SELECT_MEASURES} ORDER BY unit_code, deadline, id")
    return store.rows(
        f"{_SELECT_MEASURES} WHERE list_contains(?, unit_code) ORDER BY unit_code, deadline, id",
        [list(codes)],
    )


def select_measure(store: Store, measure_id: int) -> tuple[object, ...] | None:
    """The row of MEASURE_FIELDS of one measure, or None."""
    rows = store.rows(f"{_SELECT_MEASURES} WHERE id = ?", [measure_id])
    return rows[0] if rows else None


def select_history(store: Store, measure_ids: Sequence[int]) -> list[tuple[object, ...]]:
    """(measure_id, year, month, status, note, changes, changed_by, changed_at) of these
    measures, oldest entry first."""
    return store.rows(
        "SELECT measure_id, year, month, status, note, changes, changed_by, changed_at "
        "FROM measure_history WHERE list_contains(?, measure_id) "
        "ORDER BY measure_id, changed_at, rowid",
        [list(measure_ids)],
    )
