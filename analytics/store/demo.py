"""Bulk writes of the demo municipality's uploads, budget lines and accounts lines."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import pandas as pd

from analytics.store.db import Store

BUDGET_COLUMNS = ["year", "month", "ansvar", "art", "tjeneste", "prosjekt", "budget_kind", "amount"]
ACCOUNTS_COLUMNS = ["year", "period", "ansvar", "art", "tjeneste", "prosjekt", "amount"]


@dataclass(frozen=True)
class DemoUpload:
    """One made-up upload; `key` ties it to the lines (column `upload_key`) that came with it."""

    key: str
    kind: str
    file_name: str
    sha256: str
    uploaded_at: dt.datetime
    row_count: int
    coverage: dict[str, Any]


def write_demo_ledger(
    store: Store, uploads: list[DemoUpload], budget: pd.DataFrame, accounts: pd.DataFrame
) -> None:
    """Stores the uploads and their lines in one transaction.

    `budget` and `accounts` carry an `upload_key` column naming their upload, plus the columns
    of budget_lines / accounts_lines (amounts in NOK, expenses positive, income negative).
    """
    with store.transaction() as tx:
        ids = {}
        for upload in uploads:
            row = tx.execute(
                "INSERT INTO uploads (kind, file_name, sha256, uploaded_by, uploaded_at, "
                "row_count, coverage) VALUES (?, ?, ?, 'demo', ?, ?, ?) RETURNING id",
                [
                    upload.kind,
                    upload.file_name,
                    upload.sha256,
                    upload.uploaded_at,
                    upload.row_count,
                    json.dumps(upload.coverage, ensure_ascii=False),
                ],
            ).fetchone()
            assert row is not None
            ids[upload.key] = int(row[0])
        for table, frame, columns in (
            ("budget_lines", budget, BUDGET_COLUMNS),
            ("accounts_lines", accounts, ACCOUNTS_COLUMNS),
        ):
            lines = frame.assign(upload_id=frame["upload_key"].map(ids))[["upload_id", *columns]]
            tx.register("demo_lines", lines)
            tx.execute(
                f"INSERT INTO {table} (upload_id, {', '.join(columns)}) "
                f"SELECT upload_id, {', '.join(columns)} FROM demo_lines"
            )
            tx.unregister("demo_lines")
