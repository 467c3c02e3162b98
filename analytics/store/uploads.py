"""Uploads and their lines: stored once, replaced by scope, undone; and hand column mappings.

Every write here is one transaction. A newer export covering the same year, periods and ansvar
sets `replaced_by` on the older active lines of that scope; undoing an upload marks it 'undone'
and clears `replaced_by` wherever it points at it, so what it replaced counts again.
Amounts are NOK, expenses positive, income negative.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

import duckdb
import pandas as pd

from analytics.core import clock
from analytics.store.db import Store
from analytics.store.organisation import ORG_COLUMNS, organisation_rows, write_organisation

BUDGET_COLUMNS = ["year", "month", "ansvar", "art", "tjeneste", "prosjekt", "budget_kind", "amount"]
ACCOUNTS_COLUMNS = ["year", "period", "ansvar", "art", "tjeneste", "prosjekt", "amount"]
_TABLES_WITH_REPLACEMENT = ("budget_lines", "accounts_lines", "sick_leave")
_ACTIVE = "upload_id IN (SELECT id FROM uploads WHERE status = 'active')"


@dataclass(frozen=True)
class NewUpload:
    """What an upload row records: kind, file, sha256, who, how many rows, what it covers."""

    kind: str
    file_name: str
    sha256: str
    uploaded_by: str
    row_count: int
    coverage: Mapping[str, Any]


@dataclass(frozen=True)
class UploadRecord:
    id: int
    kind: str
    file_name: str
    sha256: str
    uploaded_by: str
    uploaded_at: dt.datetime
    row_count: int
    coverage: dict[str, Any]
    status: str
    note: str


_RECORD_COLUMNS = (
    "id, kind, file_name, sha256, uploaded_by, uploaded_at, row_count, coverage, status, note"
)


def _record(row: tuple[Any, ...]) -> UploadRecord:
    values = list(row)
    values[7] = json.loads(values[7] or "{}")
    return UploadRecord(*values)


def find_active_upload(store: Store, sha256: str) -> UploadRecord | None:
    """The active upload of a file with this sha256, if there is one."""
    rows = store.rows(
        f"SELECT {_RECORD_COLUMNS} FROM uploads WHERE sha256 = ? AND status = 'active' "
        "ORDER BY id LIMIT 1",
        [sha256],
    )
    return _record(rows[0]) if rows else None


def read_upload(store: Store, upload_id: int) -> UploadRecord | None:
    rows = store.rows(f"SELECT {_RECORD_COLUMNS} FROM uploads WHERE id = ?", [upload_id])
    return _record(rows[0]) if rows else None


def read_uploads(store: Store, limit: int = 500) -> list[UploadRecord]:
    """The upload history, newest first."""
    rows = store.rows(
        f"SELECT {_RECORD_COLUMNS} FROM uploads ORDER BY uploaded_at DESC, id DESC LIMIT ?",
        [limit],
    )
    return [_record(row) for row in rows]


def replaced_counts(store: Store) -> dict[int, tuple[int, ...]]:
    """For each upload, the uploads whose lines it replaced (upload id → their ids)."""
    rows = store.rows(
        "SELECT replaced_by, list(DISTINCT upload_id ORDER BY upload_id) FROM ("
        "SELECT replaced_by, upload_id FROM budget_lines WHERE replaced_by IS NOT NULL "
        "UNION ALL SELECT replaced_by, upload_id FROM accounts_lines "
        "WHERE replaced_by IS NOT NULL) GROUP BY replaced_by"
    )
    return {int(row[0]): tuple(int(i) for i in row[1]) for row in rows}


def _insert_upload(tx: duckdb.DuckDBPyConnection, upload: NewUpload) -> int:
    row = tx.execute(
        "INSERT INTO uploads (kind, file_name, sha256, uploaded_by, uploaded_at, row_count, "
        "coverage) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        [
            upload.kind,
            upload.file_name,
            upload.sha256,
            upload.uploaded_by,
            clock.now(),
            upload.row_count,
            json.dumps(upload.coverage, ensure_ascii=False),
        ],
    ).fetchone()
    assert row is not None
    return int(row[0])


def store_ledger_upload(
    store: Store, upload: NewUpload, budget: pd.DataFrame, accounts: pd.DataFrame
) -> tuple[int, tuple[int, ...]]:
    """Stores an upload with its budget and accounts lines in one transaction.

    Older active lines of the same scope get `replaced_by` set: accounts of the same year,
    period and ansvar; budgets of the same year, budget kind and ansvar. Returns the new
    upload id and the ids of the uploads it replaced lines of.
    """
    with store.transaction() as tx:
        upload_id = _insert_upload(tx, upload)
        _replace_budget_scope(tx, upload_id, budget)
        _replace_accounts_scope(tx, upload_id, accounts)
        _insert_lines(tx, "budget_lines", upload_id, budget, BUDGET_COLUMNS)
        _insert_lines(tx, "accounts_lines", upload_id, accounts, ACCOUNTS_COLUMNS)
        replaced = _replaced_by(tx, upload_id)
        if replaced:
            tx.execute(
                "UPDATE uploads SET note = ? WHERE id = ?",
                [json.dumps({"replaced": list(replaced)}), upload_id],
            )
    return upload_id, replaced


def _insert_lines(
    tx: duckdb.DuckDBPyConnection,
    table: str,
    upload_id: int,
    lines: pd.DataFrame,
    columns: Sequence[str],
) -> None:
    if lines.empty:
        return
    frame = lines[list(columns)].assign(upload_id=upload_id)
    # No unregister in a `finally`: after a failed insert the transaction only takes ROLLBACK,
    # and a second error would hide the first. A later register replaces the name.
    tx.register("new_lines", frame)
    tx.execute(
        f"INSERT INTO {table} (upload_id, {', '.join(columns)}) "
        f"SELECT upload_id, {', '.join(columns)} FROM new_lines"
    )
    tx.unregister("new_lines")


def _replace_budget_scope(
    tx: duckdb.DuckDBPyConnection, upload_id: int, budget: pd.DataFrame
) -> None:
    for key, lines in budget.groupby(["year", "budget_kind"]):
        year, budget_kind = cast(tuple[int, str], key)
        tx.execute(
            f"UPDATE budget_lines SET replaced_by = ? WHERE replaced_by IS NULL AND {_ACTIVE} "
            "AND year = ? AND budget_kind = ? AND list_contains(?, ansvar)",
            [upload_id, int(year), str(budget_kind), sorted(set(lines["ansvar"].unique()))],
        )


def _replace_accounts_scope(
    tx: duckdb.DuckDBPyConnection, upload_id: int, accounts: pd.DataFrame
) -> None:
    for key, lines in accounts.groupby("year"):
        year = cast(int, key)
        tx.execute(
            f"UPDATE accounts_lines SET replaced_by = ? WHERE replaced_by IS NULL AND {_ACTIVE} "
            "AND year = ? AND list_contains(?, period) AND list_contains(?, ansvar)",
            [
                upload_id,
                int(year),
                sorted(int(cast(int, p)) for p in lines["period"].unique()),
                sorted(set(lines["ansvar"].unique())),
            ],
        )


def _replaced_by(tx: duckdb.DuckDBPyConnection, upload_id: int) -> tuple[int, ...]:
    rows = tx.execute(
        "SELECT DISTINCT upload_id FROM budget_lines WHERE replaced_by = ? UNION "
        "SELECT DISTINCT upload_id FROM accounts_lines WHERE replaced_by = ? ORDER BY 1",
        [upload_id, upload_id],
    ).fetchall()
    return tuple(int(row[0]) for row in rows)


def undo_upload(store: Store, upload_id: int) -> None:
    """Marks the upload 'undone' and lets the lines it replaced count again (one transaction).

    An organisation upload puts back the organisation it replaced (kept in its coverage).
    """
    with store.transaction() as tx:
        tx.execute("UPDATE uploads SET status = 'undone' WHERE id = ?", [upload_id])
        for table in _TABLES_WITH_REPLACEMENT:
            tx.execute(f"UPDATE {table} SET replaced_by = NULL WHERE replaced_by = ?", [upload_id])
        row = tx.execute("SELECT kind, coverage FROM uploads WHERE id = ?", [upload_id]).fetchone()
        if row is not None and row[0] == "units":
            previous = json.loads(row[1]).get("previous_organisation", [])
            write_organisation(tx, pd.DataFrame(previous, columns=ORG_COLUMNS))


def stored_accounts(store: Store, years: Sequence[int], ansvar: Sequence[str]) -> pd.DataFrame:
    """Active accounts summed by year, period and codes, for these years and ansvar.

    Columns: year, period, ansvar, art, tjeneste, prosjekt, amount (float NOK).
    """
    return store.frame(
        "SELECT year, period, ansvar, art, tjeneste, prosjekt, "
        "CAST(sum(amount) AS DOUBLE) AS amount FROM active_accounts "
        "WHERE list_contains(?, year) AND list_contains(?, ansvar) GROUP BY ALL",
        [list(years), list(ansvar)],
    )


# --- the organisation ------------------------------------------------------------------------


def store_units_upload(store: Store, upload: NewUpload, organisation: pd.DataFrame) -> int:
    """Replaces the organisation and records the upload, in one transaction.

    The organisation it replaces is kept in the upload's coverage, so undo can put it back.
    """
    with store.transaction() as tx:
        coverage = {**upload.coverage, "previous_organisation": organisation_rows(tx)}
        upload_id = _insert_upload(
            tx,
            NewUpload(
                upload.kind,
                upload.file_name,
                upload.sha256,
                upload.uploaded_by,
                upload.row_count,
                coverage,
            ),
        )
        write_organisation(tx, organisation)
    return upload_id


def record_upload(store: Store, upload: NewUpload) -> int:
    """Records an upload that brought no lines of its own (a forecast template)."""
    with store.transaction() as tx:
        return _insert_upload(tx, upload)


# --- hand-made column mappings ---------------------------------------------------------------


def load_column_mapping(store: Store, layout_digest: str) -> dict[str, str]:
    """The hand-made mapping (normalised header → field) saved for this layout, or {}."""
    value = store.value(
        "SELECT mapping FROM column_mappings WHERE layout_digest = ?", [layout_digest]
    )
    return dict(json.loads(value)) if value else {}


def save_column_mapping(
    store: Store, layout_digest: str, mapping: Mapping[str, str], saved_by: str
) -> None:
    """Remembers a hand-made mapping for this layout (replacing an older one)."""
    with store.transaction() as tx:
        tx.execute(
            "INSERT OR REPLACE INTO column_mappings VALUES (?, ?, ?, ?)",
            [
                layout_digest,
                json.dumps(dict(mapping), ensure_ascii=False),
                saved_by,
                clock.now(),
            ],
        )


# --- the budget holders' template ------------------------------------------------------------


def template_lines(store: Store, ansvar: Sequence[str], year: int, month: int) -> pd.DataFrame:
    """Per ansvar and art: the annual budget (revised where any, else original) and the
    accounts of periods 1..month (period 13 with December). Amounts as float NOK.

    Columns: ansvar, art, budget, actual; sorted by ansvar and art.
    """
    return store.frame(
        """
        WITH budget AS (
            SELECT ansvar, art, budget_kind, sum(amount) AS amount FROM active_budget
            WHERE year = ? AND list_contains(?, ansvar) GROUP BY ALL
        ), chosen AS (
            SELECT ansvar, art, amount FROM budget b
            WHERE budget_kind = 'revised' OR NOT EXISTS (
                SELECT 1 FROM budget r WHERE r.budget_kind = 'revised'
                AND r.ansvar = b.ansvar AND r.art = b.art)
        ), actual AS (
            SELECT ansvar, art, sum(amount) AS amount FROM active_accounts
            WHERE year = ? AND least(period, 12) <= ? AND list_contains(?, ansvar) GROUP BY ALL
        )
        SELECT coalesce(c.ansvar, a.ansvar) AS ansvar, coalesce(c.art, a.art) AS art,
               CAST(coalesce(c.amount, 0) AS DOUBLE) AS budget,
               CAST(coalesce(a.amount, 0) AS DOUBLE) AS actual
        FROM chosen c FULL JOIN actual a ON c.ansvar = a.ansvar AND c.art = a.art
        ORDER BY 1, 2
        """,
        [year, list(ansvar), year, month, list(ansvar)],
    )
