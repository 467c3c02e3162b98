"""SQL of sick leave: days per unit (or ansvar) and month, as uploaded, current rows only.

A newer upload of the same year, month and unit replaces the older rows when it is stored
(`replaced_by`, see `uploads`); undoing it gives them back.
"""

from __future__ import annotations

from collections.abc import Sequence

import duckdb
import pandas as pd

from analytics.store.db import Store
from analytics.store.uploads import (
    CURRENT,
    SICK_LEAVE,
    NewUpload,
    current,
    insert_rows,
    store_upload,
)

# The days of a row (agreed working days and the days lost, in total and by kind), declared
# once: the sick-leave figures sum these.
DAY_COLUMNS = [
    "agreed_days",
    "lost_days",
    "self_cert_days",
    "doctor_cert_days",
    "short_days",
    "long_days",
]
SICK_LEAVE_COLUMNS = ["year", "month", "unit_code", *DAY_COLUMNS, "headcount"]


def read_sick_leave(store: Store, unit_codes: Sequence[str] | None = None) -> pd.DataFrame:
    """The current sick-leave rows (SICK_LEAVE_COLUMNS), in days, by year, month and unit.

    `unit_codes` limits the rows to these unit or ansvar codes; None reads all of them.
    """
    frame = store.frame(
        f"SELECT {', '.join(SICK_LEAVE_COLUMNS)} FROM sick_leave WHERE {CURRENT} "
        "ORDER BY year, month, unit_code"
    ).astype({"headcount": "float64", "year": "int64", "month": "int64"})
    if unit_codes is not None:
        frame = frame[frame["unit_code"].isin(list(unit_codes))].reset_index(drop=True)
    return frame


def store_sick_leave_upload(
    store: Store, upload: NewUpload, rows: pd.DataFrame
) -> tuple[int, tuple[int, ...]]:
    """Stores the upload and its rows (SICK_LEAVE_COLUMNS) in one transaction, replacing the
    current rows of the same year, month and unit; returns its id and the uploads replaced."""
    return store_upload(store, upload, [(SICK_LEAVE, rows, SICK_LEAVE_COLUMNS)])


def current_sick_leave_in_scope(store: Store, rows: pd.DataFrame) -> pd.DataFrame:
    """What storing these rows would replace: the current rows of the same year, month and unit.

    Columns: upload_id (None for rows of no upload), file_name, rows, units, first and last
    (year * 100 + month); one row per upload.
    """
    keys = rows[["year", "month", "unit_code"]].drop_duplicates()
    cursor = store.cursor()
    cursor.register("scope_keys", keys)
    frame = cursor.execute(
        "SELECT s.upload_id, coalesce(u.file_name, '') AS file_name, count(*) AS rows, "
        "count(DISTINCT s.unit_code) AS units, min(s.year * 100 + s.month) AS first, "
        "max(s.year * 100 + s.month) AS last FROM sick_leave s "
        "LEFT JOIN uploads u ON u.id = s.upload_id "
        f"WHERE {current('s')} AND EXISTS (SELECT 1 FROM "
        "scope_keys k WHERE k.year = s.year AND k.month = s.month AND k.unit_code = s.unit_code) "
        "GROUP BY ALL ORDER BY s.upload_id"
    ).df()
    cursor.unregister("scope_keys")
    return frame


def insert_sick_leave(tx: duckdb.DuckDBPyConnection, upload_id: int, rows: pd.DataFrame) -> None:
    """Adds the rows (SICK_LEAVE_COLUMNS) under this upload, inside the caller's transaction;
    for an upload of rows that replace nothing (the demo's)."""
    insert_rows(tx, "sick_leave", upload_id, rows, SICK_LEAVE_COLUMNS)
