"""Bulk writes of the demo municipality's uploads, budget lines and accounts lines."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pandas as pd

from analytics.store.db import Store
from analytics.store.uploads import (
    ACCOUNTS_COLUMNS,
    BUDGET_COLUMNS,
    NAME_COLUMNS,
    NewUpload,
    insert_rows,
    insert_upload,
    with_books,
)

DEMO_UPLOADER = "demo"


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
    store: Store,
    uploads: list[DemoUpload],
    budget: pd.DataFrame,
    accounts: pd.DataFrame,
    names: pd.DataFrame | None = None,
) -> None:
    """Stores the uploads and their lines in one transaction.

    `budget` and `accounts` carry an `upload_key` column naming their upload, plus the columns
    of budget_lines / accounts_lines (amounts in NOK, expenses positive, income negative);
    without `ledger` and `scope_key` they are operating lines keyed by ansvar. `names` (field,
    code, name) are the names "the files" gave the codes, kept with the first upload.
    """
    with store.transaction() as tx:
        ids = {
            upload.key: insert_upload(
                tx,
                NewUpload(
                    upload.kind,
                    upload.file_name,
                    upload.sha256,
                    DEMO_UPLOADER,
                    upload.row_count,
                    upload.coverage,
                    upload.uploaded_at,
                ),
            )
            for upload in uploads
        }
        for table, frame, columns in (
            ("budget_lines", budget, BUDGET_COLUMNS),
            ("accounts_lines", accounts, ACCOUNTS_COLUMNS),
        ):
            for key, lines in with_books(frame).groupby("upload_key", sort=False):
                insert_rows(tx, table, ids[str(key)], lines, columns)
        if names is not None and uploads:
            insert_rows(tx, "line_names", ids[uploads[0].key], names, NAME_COLUMNS)
