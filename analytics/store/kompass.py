"""SQL of Kommunekompasset: evaluations by date with eight area scores (0–100 points each).

An evaluation of the same date as a current one replaces it (`replaced_by`, see `uploads`);
undoing the upload that brought the newer one gives the older one back. Evaluations entered
outside any upload (the demo's) have no upload_id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import duckdb
import pandas as pd

from analytics.store.db import Store
from analytics.store.uploads import (
    KOMPASS,
    NewUpload,
    current,
    insert_upload,
    replaced_uploads,
    supersede,
)

# One row per area score; the evaluation's own columns repeat on its eight rows.
SCORE_COLUMNS = ["evaluated_on", "version", "note", "area_no", "area_name", "score"]


def read_kompass_scores(store: Store) -> pd.DataFrame:
    """Every current evaluation's scores: evaluation_id, evaluated_on, version, note, area_no,
    area_name, score; by date and area number."""
    return store.frame(
        "SELECT e.id AS evaluation_id, e.evaluated_on, e.version, e.note, "
        "s.area_no, s.area_name, s.score "
        "FROM kompass_evaluations e JOIN kompass_scores s ON s.evaluation_id = e.id "
        f"WHERE {current('e')} ORDER BY e.evaluated_on, s.area_no"
    )


def insert_evaluation(
    tx: duckdb.DuckDBPyConnection,
    evaluated_on: dt.date,
    version: str,
    note: str,
    scores: Sequence[tuple[int, str, float]],
    upload_id: int | None,
) -> int:
    """Adds one evaluation with its (area_no, name, score) inside the caller's transaction."""
    row = tx.execute(
        "INSERT INTO kompass_evaluations (evaluated_on, version, note, upload_id) "
        "VALUES (?, ?, ?, ?) RETURNING id",
        [evaluated_on, version, note, upload_id],
    ).fetchone()
    if row is None:
        raise RuntimeError("INSERT … RETURNING gave no row")
    evaluation_id = int(row[0])
    tx.executemany(
        "INSERT INTO kompass_scores (evaluation_id, area_no, area_name, score) VALUES (?, ?, ?, ?)",
        [[evaluation_id, number, name, float(score)] for number, name, score in scores],
    )
    return evaluation_id


def store_kompass_upload(
    store: Store, upload: NewUpload, scores: pd.DataFrame
) -> tuple[int, tuple[int, ...]]:
    """Stores the upload and its evaluations (SCORE_COLUMNS, eight rows each) in one
    transaction, replacing the current evaluations of the same dates; returns its id and the
    uploads it replaced evaluations of."""
    with store.transaction() as tx:
        upload_id = insert_upload(tx, upload)
        supersede(tx, KOMPASS, upload_id, scores)
        for _, areas in scores.groupby("evaluated_on", sort=True):
            rows = areas.sort_values("area_no")
            first = rows.iloc[0]
            insert_evaluation(
                tx,
                pd.Timestamp(first["evaluated_on"]).date(),
                str(first["version"]),
                str(first["note"]),
                list(zip(rows["area_no"], rows["area_name"], rows["score"], strict=True)),
                upload_id,
            )
        replaced = replaced_uploads(tx, upload_id, [KOMPASS])
    return upload_id, replaced


def current_evaluations_on(store: Store, dates: Sequence[dt.date]) -> pd.DataFrame:
    """The current evaluations of these dates: evaluated_on, version, total (points of 800),
    upload_id (None: entered outside any upload) and file_name; by date."""
    return store.frame(
        "SELECT e.evaluated_on, e.version, CAST(sum(s.score) AS DOUBLE) AS total, e.upload_id, "
        "coalesce(any_value(u.file_name), '') AS file_name "
        "FROM kompass_evaluations e JOIN kompass_scores s ON s.evaluation_id = e.id "
        "LEFT JOIN uploads u ON u.id = e.upload_id "
        f"WHERE {current('e')} AND list_contains(?, e.evaluated_on) "
        "GROUP BY e.id, e.evaluated_on, e.version, e.upload_id ORDER BY e.evaluated_on",
        [list(dates)],
    )
