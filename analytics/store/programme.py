"""SQL of the programme's registers: the risk register and the working groups' milestone plan.

Each upload (a file, or the register as edited in the app) replaces the whole register; the
rows it replaces are kept (`replaced_by`, see `uploads`), so undoing it gives them back. Rows
entered outside any upload (the demo's) have no upload_id.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from analytics.store.db import Store
from analytics.store.uploads import (
    CURRENT,
    MILESTONES,
    RISKS,
    NewUpload,
    insert_rows,
    store_upload,
)

RISK_COLUMNS = ["id", "risk", "probability", "consequence", "mitigation", "owner"]
MILESTONE_COLUMNS = ["id", "working_group", "year", "week", "kind", "description"]


def read_risks(store: Store) -> pd.DataFrame:
    """The current risk register: id, risk, probability, consequence, mitigation, owner."""
    return store.frame(f"SELECT {', '.join(RISK_COLUMNS)} FROM risks WHERE {CURRENT} ORDER BY id")


def insert_risks(
    tx: duckdb.DuckDBPyConnection, risks: pd.DataFrame, upload_id: int | None = None
) -> None:
    """Adds these rows (RISK_COLUMNS without id) inside the caller's transaction."""
    insert_rows(tx, "risks", upload_id, _typed_risks(risks), RISK_COLUMNS[1:])


def store_risks_upload(
    store: Store, upload: NewUpload, risks: pd.DataFrame
) -> tuple[int, tuple[int, ...]]:
    """Stores the upload with its register (RISK_COLUMNS without id) in one transaction, in
    place of the current register; returns its id and the uploads it replaced rows of."""
    return store_upload(store, upload, [(RISKS, _typed_risks(risks), RISK_COLUMNS[1:])])


def _typed_risks(risks: pd.DataFrame) -> pd.DataFrame:
    return risks.astype({"probability": "int64", "consequence": "int64"})


def read_milestones(store: Store) -> pd.DataFrame:
    """The current milestone plan: id, working_group, year, week, kind, description."""
    return store.frame(
        f"SELECT {', '.join(MILESTONE_COLUMNS)} FROM milestones WHERE {CURRENT} "
        "ORDER BY year, week, working_group, id"
    )


def insert_milestones(
    tx: duckdb.DuckDBPyConnection, milestones: pd.DataFrame, upload_id: int | None = None
) -> None:
    """Adds these rows (MILESTONE_COLUMNS without id) inside the caller's transaction."""
    insert_rows(tx, "milestones", upload_id, _typed_plan(milestones), MILESTONE_COLUMNS[1:])


def store_milestones_upload(
    store: Store, upload: NewUpload, milestones: pd.DataFrame
) -> tuple[int, tuple[int, ...]]:
    """Stores the upload with its plan (MILESTONE_COLUMNS without id) in one transaction, in
    place of the current plan; returns its id and the uploads it replaced rows of."""
    return store_upload(
        store, upload, [(MILESTONES, _typed_plan(milestones), MILESTONE_COLUMNS[1:])]
    )


def _typed_plan(milestones: pd.DataFrame) -> pd.DataFrame:
    return milestones.astype({"year": "int64", "week": "int64"})
