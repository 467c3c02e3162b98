"""Queries for snapshot reports: the archive, the uploads behind a report, and the digests of
the data a report is made from (for its data fingerprint).

`codes` is a list of ansvar, unit and sector codes that limits a query to a scope; None means
the whole municipality (every row, also ansvar codes the organisation does not know).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd

from analytics.store.db import Store

ARCHIVE_COLUMNS = (
    "id, made_by, made_at, year, month, scope_code, pdf_sha256, data_fingerprint, "
    "octet_length(pdf) AS pdf_bytes"
)

_IN_SCOPE = "($codes::VARCHAR[] IS NULL OR list_contains($codes::VARCHAR[], {column}))"
# Accounts from the first year the forecast looks back to, up to the report's month (period 13
# belongs to December); sick leave of every earlier month (the trend shows all of it).
_ACCOUNTS_PERIOD = (
    "({alias}year BETWEEN $first_year AND $year - 1 "
    "OR ({alias}year = $year AND ({alias}period <= $month OR $month = 12)))"
)
_SICK_LEAVE_PERIOD = "({alias}year < $year OR ({alias}year = $year AND {alias}month <= $month))"

# One query per kind of data. Each selects whole rows, so the digest covers every column; rows
# are cast to text and sorted, so the digest does not depend on storage order.
_DIGEST_SOURCES: dict[str, str] = {
    "organisation": "SELECT o FROM organisation o WHERE " + _IN_SCOPE.format(column="o.ansvar"),
    "budget": (
        "SELECT b FROM active_budget b WHERE b.year = $year AND "
        + _IN_SCOPE.format(column="b.ansvar")
    ),
    "accounts": (
        "SELECT a FROM active_accounts a WHERE "
        + _ACCOUNTS_PERIOD.format(alias="a.")
        + " AND "
        + _IN_SCOPE.format(column="a.ansvar")
    ),
    "unit_forecasts": (
        "SELECT f FROM unit_forecasts f WHERE f.year = $year AND f.month <= $month AND "
        + _IN_SCOPE.format(column="f.unit_code")
    ),
    "measures": "SELECT m FROM measures m WHERE " + _IN_SCOPE.format(column="m.unit_code"),
    "measure_history": (
        "SELECT h FROM measure_history h JOIN measures m ON m.id = h.measure_id WHERE "
        + _IN_SCOPE.format(column="m.unit_code")
    ),
    "sick_leave": (
        "SELECT s FROM sick_leave s WHERE s.replaced_by IS NULL "
        "AND s.upload_id IN (SELECT id FROM uploads WHERE status = 'active') "
        "AND "
        + _SICK_LEAVE_PERIOD.format(alias="s.")
        + " AND "
        + _IN_SCOPE.format(column="s.unit_code")
    ),
    "kompass_evaluations": "SELECT e FROM kompass_evaluations e",
    "kompass_scores": "SELECT k FROM kompass_scores k",
    "settings": "SELECT s FROM settings s",
    "workshop_comments": (
        "SELECT w FROM workshop_comments w WHERE w.year = $year AND w.month <= $month AND "
        + _IN_SCOPE.format(column="w.unit_code")
    ),
}


def digest_report_data(
    store: Store, period: tuple[int, int], first_year: int, codes: list[str] | None
) -> str:
    """One line `name sha256` per kind of data in the scope, sorted by name (text).

    The rows are those a report for `period` (year, month) reads: the year's budget, the
    accounts from `first_year` up to the month, forecasts and comments, measures, sick leave up
    to the month, Kommunekompasset, settings, and the uploads behind them.
    """
    year, month = period
    params: dict[str, Any] = {
        "year": year,
        "month": month,
        "first_year": first_year,
        "codes": codes,
    }
    lines = []
    for name, rows_sql in sorted({**_DIGEST_SOURCES, "uploads": _uploads_rows_sql()}.items()):
        digest = store.value(
            "SELECT sha256(coalesce(string_agg(row_text, chr(10) ORDER BY row_text), '')) "
            f"FROM (SELECT CAST(r AS VARCHAR) AS row_text FROM ({rows_sql}) r)",
            _used(rows_sql, params),
        )
        lines.append(f"{name} {digest}")
    return "\n".join(lines)


def _used(sql: str, params: dict[str, Any]) -> dict[str, Any]:
    """The named parameters the query uses (DuckDB refuses unused ones)."""
    return {name: value for name, value in params.items() if f"${name}" in sql}


def _uploads_rows_sql() -> str:
    return f"SELECT u FROM uploads u WHERE u.id IN ({_source_ids_sql()})"


def _source_ids_sql() -> str:
    """The ids of the active uploads that hold lines of the scope and period."""
    return (
        "SELECT upload_id FROM active_budget WHERE year = $year AND "
        + _IN_SCOPE.format(column="ansvar")
        + " UNION SELECT upload_id FROM active_accounts WHERE "
        + _ACCOUNTS_PERIOD.format(alias="")
        + " AND "
        + _IN_SCOPE.format(column="ansvar")
        + " UNION SELECT upload_id FROM sick_leave WHERE replaced_by IS NULL "
        "AND upload_id IN (SELECT id FROM uploads WHERE status = 'active') "
        "AND "
        + _SICK_LEAVE_PERIOD.format(alias="")
        + " AND "
        + _IN_SCOPE.format(column="unit_code")
        + " UNION SELECT upload_id FROM kompass_evaluations WHERE upload_id IS NOT NULL"
    )


def read_report_sources(
    store: Store, period: tuple[int, int], first_year: int, codes: list[str] | None
) -> pd.DataFrame:
    """The active uploads behind a report (see `digest_report_data`): id, kind, file_name,
    uploaded_at, uploaded_by, row_count, sha256; oldest first."""
    year, month = period
    return store.frame(
        "SELECT id, kind, file_name, uploaded_at, uploaded_by, row_count, sha256 FROM uploads "
        f"WHERE status = 'active' AND id IN ({_source_ids_sql()}) ORDER BY uploaded_at, id",
        {"year": year, "month": month, "first_year": first_year, "codes": codes},
    )


def save_report(
    store: Store,
    made_by: str,
    made_at: dt.datetime,
    period: tuple[int, int],
    scope_code: str,
    digests: tuple[str, str],
    pdf: bytes,
) -> int:
    """Archives one report; `period` is (year, month), `digests` (pdf sha256, data fingerprint).

    Returns the new report's id."""
    year, month = period
    pdf_sha256, data_fingerprint = digests
    with store.transaction() as tx:
        row = tx.execute(
            "INSERT INTO reports (made_by, made_at, year, month, scope_code, pdf_sha256, "
            "data_fingerprint, pdf) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            [made_by, made_at, year, month, scope_code, pdf_sha256, data_fingerprint, pdf],
        ).fetchone()
    if row is None:
        raise RuntimeError("INSERT … RETURNING gave no row")
    return int(row[0])


def list_reports(store: Store, scope_codes: list[str] | None) -> pd.DataFrame:
    """The archive without the PDFs, newest first; None: every report, else these scope codes."""
    return store.frame(
        f"SELECT {ARCHIVE_COLUMNS} FROM reports WHERE "
        + _IN_SCOPE.format(column="scope_code")
        + " ORDER BY made_at DESC, id DESC",
        {"codes": scope_codes},
    )


def read_report(store: Store, report_id: int) -> tuple[str, bytes] | None:
    """(scope_code, pdf) of one archived report, or None when there is no such report."""
    row = store.rows("SELECT scope_code, pdf FROM reports WHERE id = ?", [report_id])
    if not row:
        return None
    return str(row[0][0]), bytes(row[0][1])
