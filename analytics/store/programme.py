"""Queries on sick leave, Kommunekompasset, the risk register, the milestone plan and measures.

Sick leave is stored as uploaded; a newer active upload of the same (year, month, unit) wins at
read time, so undoing an upload brings the older figures back without any rewriting.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

import duckdb
import pandas as pd

from analytics.core import clock
from analytics.store.db import Store

SICK_LEAVE_COLUMNS = [
    "year",
    "month",
    "unit_code",
    "agreed_days",
    "lost_days",
    "self_cert_days",
    "doctor_cert_days",
    "short_days",
    "long_days",
    "headcount",
]
RISK_COLUMNS = ["id", "risk", "probability", "consequence", "mitigation", "owner"]
MILESTONE_COLUMNS = ["id", "working_group", "year", "week", "kind", "description"]


# --- uploads ---------------------------------------------------------------------------------


def insert_upload(
    tx: duckdb.DuckDBPyConnection,
    kind: str,
    file_name: str,
    sha256: str,
    user: str,
    row_count: int,
    coverage: dict[str, Any],
) -> int:
    """Registers an upload inside the caller's transaction and returns its id."""
    row = tx.execute(
        "INSERT INTO uploads (kind, file_name, sha256, uploaded_by, uploaded_at, row_count, "
        "coverage) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        [kind, file_name, sha256, user, clock.now(), row_count, json.dumps(coverage)],
    ).fetchone()
    assert row is not None
    return int(row[0])


# --- sick leave ------------------------------------------------------------------------------


def read_sick_leave(store: Store, unit_codes: Sequence[str] | None = None) -> pd.DataFrame:
    """The active sick-leave rows (newest active upload per year, month and unit), in days.

    `unit_codes` limits the rows to these unit or ansvar codes; None reads all of them.
    """
    columns = ", ".join(f"s.{column}" for column in SICK_LEAVE_COLUMNS)
    sql = (
        f"SELECT {columns} FROM sick_leave s "
        "JOIN uploads u ON u.id = s.upload_id AND u.status = 'active' "
        "WHERE s.replaced_by IS NULL "
        "QUALIFY s.upload_id = max(s.upload_id) OVER (PARTITION BY s.year, s.month, s.unit_code)"
    )
    frame = store.frame(sql + " ORDER BY s.year, s.month, s.unit_code").astype(
        {"headcount": "float64", "year": "int64", "month": "int64"}
    )
    if unit_codes is not None:
        frame = frame[frame["unit_code"].isin(list(unit_codes))].reset_index(drop=True)
    return frame


def insert_sick_leave(tx: duckdb.DuckDBPyConnection, upload_id: int, rows: pd.DataFrame) -> None:
    """Adds the rows (columns SICK_LEAVE_COLUMNS) under this upload."""
    frame = rows[SICK_LEAVE_COLUMNS].assign(upload_id=upload_id)
    tx.register("new_sick_leave", frame)
    try:
        tx.execute(
            f"INSERT INTO sick_leave (upload_id, {', '.join(SICK_LEAVE_COLUMNS)}) "
            f"SELECT upload_id, {', '.join(SICK_LEAVE_COLUMNS)} FROM new_sick_leave"
        )
    finally:
        tx.unregister("new_sick_leave")


# --- Kommunekompasset ------------------------------------------------------------------------


def read_kompass_scores(store: Store) -> pd.DataFrame:
    """Every active evaluation's scores: evaluation_id, evaluated_on, version, note, area_no,
    area_name, score; by date and area number."""
    return store.frame(
        "SELECT e.id AS evaluation_id, e.evaluated_on, e.version, e.note, "
        "s.area_no, s.area_name, s.score "
        "FROM kompass_evaluations e JOIN kompass_scores s ON s.evaluation_id = e.id "
        "LEFT JOIN uploads u ON u.id = e.upload_id "
        "WHERE e.upload_id IS NULL OR u.status = 'active' "
        "ORDER BY e.evaluated_on, s.area_no"
    )


def replace_evaluation(
    tx: duckdb.DuckDBPyConnection,
    evaluated_on: dt.date,
    version: str,
    note: str,
    scores: Sequence[tuple[int, str, float]],
    upload_id: int | None,
) -> int:
    """Stores one evaluation (replacing any of the same date) with its (area_no, name, score)."""
    delete_evaluation(tx, evaluated_on)
    row = tx.execute(
        "INSERT INTO kompass_evaluations (evaluated_on, version, note, upload_id) "
        "VALUES (?, ?, ?, ?) RETURNING id",
        [evaluated_on, version, note, upload_id],
    ).fetchone()
    assert row is not None
    evaluation_id = int(row[0])
    tx.executemany(
        "INSERT INTO kompass_scores (evaluation_id, area_no, area_name, score) VALUES (?, ?, ?, ?)",
        [[evaluation_id, number, name, float(score)] for number, name, score in scores],
    )
    return evaluation_id


def delete_evaluation(tx: duckdb.DuckDBPyConnection, evaluated_on: dt.date) -> None:
    """Removes the evaluation of this date and its scores, if there is one."""
    tx.execute(
        "DELETE FROM kompass_scores WHERE evaluation_id IN "
        "(SELECT id FROM kompass_evaluations WHERE evaluated_on = ?)",
        [evaluated_on],
    )
    tx.execute("DELETE FROM kompass_evaluations WHERE evaluated_on = ?", [evaluated_on])


# --- risks and milestones --------------------------------------------------------------------


def read_risks(store: Store) -> pd.DataFrame:
    """The risk register: id, risk, probability, consequence, mitigation, owner."""
    return store.frame(f"SELECT {', '.join(RISK_COLUMNS)} FROM risks ORDER BY id")


def replace_risks(tx: duckdb.DuckDBPyConnection, risks: pd.DataFrame) -> None:
    """Replaces the whole register with these rows (columns RISK_COLUMNS without id)."""
    tx.execute("DELETE FROM risks")
    tx.executemany(
        "INSERT INTO risks (risk, probability, consequence, mitigation, owner) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            [
                row["risk"],
                int(row["probability"]),
                int(row["consequence"]),
                row["mitigation"],
                row["owner"],
            ]
            for row in risks.to_dict("records")
        ],
    )


def read_milestones(store: Store) -> pd.DataFrame:
    """The milestone plan: id, working_group, year, week, kind, description."""
    return store.frame(
        f"SELECT {', '.join(MILESTONE_COLUMNS)} FROM milestones "
        "ORDER BY year, week, working_group, id"
    )


def replace_milestones(tx: duckdb.DuckDBPyConnection, milestones: pd.DataFrame) -> None:
    """Replaces the whole plan with these rows (columns MILESTONE_COLUMNS without id)."""
    tx.execute("DELETE FROM milestones")
    tx.executemany(
        "INSERT INTO milestones (working_group, year, week, kind, description) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            [
                row["working_group"],
                int(row["year"]),
                int(row["week"]),
                row["kind"],
                row["description"],
            ]
            for row in milestones.to_dict("records")
        ],
    )
