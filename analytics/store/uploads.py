"""Uploads: the one history of every import, the rows they replaced, undo; and column mappings.

Every import is a row of `uploads` (inserted by `insert_upload`, the one function that does)
and the rows it brought carry its id. The tables an upload writes to are *versioned*
(`VERSIONED`): a newer upload does not delete what it replaces, it sets `replaced_by` on the
current rows of its scope (accounts of the same ledger, year, period and unit key; budgets of
the same ledger, year, budget kind and unit key; the sick leave of the same year, month and
unit; the evaluation of the same date; the whole risk register; the projects of the same
code; balance items of the same year and item; the whole loan portfolio and coverage plan). A row
is current while `replaced_by` is empty and its upload is active (rows of no upload, such as
the demo's registers, count as active). Undoing an upload marks it 'undone' and gives back
what it replaced, except where a later upload has since replaced the undone upload's own rows
in that scope: there the old rows stay replaced, now by that later upload. So undo restores
exactly what the upload's arrival changed, and the counts say what it did.
Amounts are NOK, expenses positive, income negative.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import duckdb
import pandas as pd

from analytics.core import clock
from analytics.core.texts import t
from analytics.store.db import Store
from analytics.store.ledger import chosen_budget_sql, ensure_accounts_summary
from analytics.store.organisation import ORG_COLUMNS, organisation_rows, write_organisation

BUDGET_COLUMNS = [
    "year",
    "month",
    "ansvar",
    "art",
    "tjeneste",
    "prosjekt",
    "budget_kind",
    "amount",
    "ledger",
    "scope_key",
]
ACCOUNTS_COLUMNS = [
    "year",
    "period",
    "ansvar",
    "art",
    "tjeneste",
    "prosjekt",
    "amount",
    "ledger",
    "scope_key",
]
NAME_COLUMNS = ["field", "code", "name"]


def current(alias: str = "") -> str:
    """The SQL condition for a current row of a versioned table (optionally of an alias)."""
    prefix = f"{alias}." if alias else ""
    return (
        f"{prefix}replaced_by IS NULL AND ({prefix}upload_id IS NULL OR {prefix}upload_id IN "
        "(SELECT id FROM uploads WHERE status = 'active'))"
    )


CURRENT = current()


@dataclass(frozen=True)
class Versioned:
    """A table whose rows uploads replace by scope, keeping the old rows (`replaced_by`)."""

    table: str
    scope: tuple[str, ...]  # columns naming what a newer row replaces; () = the whole table


# A line's unit is its ansvar and its scope key ('' for a file keyed by ansvar, department or
# area; 'prosjekt:P100' for a file keyed by project): so an investment budget never replaces
# the operating budget of the same ansvar, and a file keyed by project replaces that project's
# lines whoever the register names as responsible.
BUDGET = Versioned("budget_lines", ("ledger", "year", "budget_kind", "ansvar", "scope_key"))
ACCOUNTS = Versioned("accounts_lines", ("ledger", "year", "period", "ansvar", "scope_key"))
PROJECTS = Versioned("projects", ("code",))
SICK_LEAVE = Versioned("sick_leave", ("year", "month", "unit_code"))
KOMPASS = Versioned("kompass_evaluations", ("evaluated_on",))
RISKS = Versioned("risks", ())
MILESTONES = Versioned("milestones", ())
FINANCE_ITEMS = Versioned("finance_items", ("year", "item"))
LOANS = Versioned("loans", ())
COVERAGE_PLAN = Versioned("coverage_plan", ())
VERSIONED = (
    BUDGET,
    ACCOUNTS,
    SICK_LEAVE,
    KOMPASS,
    RISKS,
    MILESTONES,
    PROJECTS,
    FINANCE_ITEMS,
    LOANS,
    COVERAGE_PLAN,
)


@dataclass(frozen=True)
class NewUpload:
    """What an upload row records: kind, file, sha256, who, how many rows, what it covers.

    `coverage` is the kind's typed coverage as JSON; `uploaded_at` defaults to the clock's now
    (the demo gives its made-up times).
    """

    kind: str
    file_name: str
    sha256: str
    uploaded_by: str
    row_count: int
    coverage: Mapping[str, Any]
    uploaded_at: dt.datetime | None = None


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


@dataclass(frozen=True)
class UndoOutcome:
    """What undoing an upload did to the rows of its tables.

    removed: its own rows that counted until now; restored: rows it had replaced that count
    again; still_replaced: rows it had replaced that stay replaced, by the `later` uploads that
    have since replaced its own rows of the same scope.
    """

    removed: int
    restored: int
    still_replaced: int
    later: tuple[int, ...]


_RECORD_COLUMNS = (
    "id, kind, file_name, sha256, uploaded_by, uploaded_at, row_count, coverage, status, note"
)


def _record(row: tuple[Any, ...]) -> UploadRecord:
    values = list(row)
    values[7] = json.loads(values[7] or "{}")
    return UploadRecord(*values)


def insert_upload(tx: duckdb.DuckDBPyConnection, upload: NewUpload) -> int:
    """Registers an upload inside the caller's transaction and returns its id."""
    row = tx.execute(
        "INSERT INTO uploads (kind, file_name, sha256, uploaded_by, uploaded_at, row_count, "
        "coverage) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        [
            upload.kind,
            upload.file_name,
            upload.sha256,
            upload.uploaded_by,
            upload.uploaded_at or clock.now(),
            upload.row_count,
            json.dumps(dict(upload.coverage), ensure_ascii=False),
        ],
    ).fetchone()
    if row is None:
        raise RuntimeError("INSERT … RETURNING gave no row")
    return int(row[0])


def edit_upload(
    kind: str, uploaded_by: str, rows: pd.DataFrame, coverage: Mapping[str, Any]
) -> NewUpload:
    """The upload row of a register edited in the app rather than uploaded as a file: named so
    in the history, its sha256 that of the rows as CSV."""
    content = rows.to_csv(index=False).encode("utf-8")
    return NewUpload(
        kind,
        t("import.edited_in_app"),
        hashlib.sha256(content).hexdigest(),
        uploaded_by,
        len(rows),
        {**coverage, "edited": True},
    )


def record_upload(store: Store, upload: NewUpload) -> int:
    """Records an upload that brought no rows of its own tables (a forecast template)."""
    with store.transaction() as tx:
        return insert_upload(tx, upload)


def find_active_upload(store: Store, sha256: str) -> UploadRecord | None:
    """The first active upload of a file with this sha256, if there is one."""
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


def later_active_uploads(store: Store, upload_id: int, kinds: Sequence[str]) -> tuple[int, ...]:
    """The active uploads of these kinds that came after this one, oldest first."""
    rows = store.rows(
        "SELECT id FROM uploads WHERE id > ? AND status = 'active' AND list_contains(?, kind) "
        "ORDER BY id",
        [upload_id, list(kinds)],
    )
    return tuple(int(row[0]) for row in rows)


def set_status(tx: duckdb.DuckDBPyConnection, upload_id: int, status: str) -> None:
    tx.execute("UPDATE uploads SET status = ? WHERE id = ?", [status, upload_id])


# --- replacing and undoing versioned rows ------------------------------------------------------


def supersede(
    tx: duckdb.DuckDBPyConnection, versioned: Versioned, upload_id: int, rows: pd.DataFrame
) -> None:
    """Marks the current rows of the scope of `rows` (or the whole table) as replaced by this
    upload. Call it before inserting the upload's own rows."""
    table = versioned.table
    if not versioned.scope:
        tx.execute(f"UPDATE {table} SET replaced_by = ? WHERE {CURRENT}", [upload_id])
        return
    keys = rows[list(versioned.scope)]  # repeated keys are fine: EXISTS is a semi-join
    if keys.empty:
        return
    match = " AND ".join(f"k.{column} = {table}.{column}" for column in versioned.scope)
    tx.register("scope_keys", keys)
    tx.execute(
        f"UPDATE {table} SET replaced_by = ? WHERE {CURRENT} "
        f"AND EXISTS (SELECT 1 FROM scope_keys k WHERE {match})",
        [upload_id],
    )
    tx.unregister("scope_keys")


def insert_rows(
    tx: duckdb.DuckDBPyConnection,
    table: str,
    upload_id: int | None,
    rows: pd.DataFrame,
    columns: Sequence[str],
) -> None:
    """Adds the rows (these columns) to a table under this upload (None: no upload)."""
    if rows.empty:
        return
    frame = rows[list(columns)].assign(upload_id=upload_id)
    # No unregister in a `finally`: after a failed insert the transaction only takes ROLLBACK,
    # and a second error would hide the first. A later register replaces the name.
    tx.register("new_rows", frame)
    tx.execute(
        f"INSERT INTO {table} (upload_id, {', '.join(columns)}) "
        f"SELECT upload_id, {', '.join(columns)} FROM new_rows"
    )
    tx.unregister("new_rows")


def replaced_uploads(
    tx: duckdb.DuckDBPyConnection, upload_id: int, tables: Sequence[Versioned]
) -> tuple[int, ...]:
    """The uploads whose rows this upload replaced (rows of no upload left out)."""
    union = " UNION ".join(
        f"SELECT DISTINCT upload_id FROM {v.table} WHERE replaced_by = ? AND upload_id IS NOT NULL"
        for v in tables
    )
    rows = tx.execute(f"{union} ORDER BY 1", [upload_id] * len(tables)).fetchall()
    return tuple(int(row[0]) for row in rows)


def replacing_uploads(store: Store, upload_id: int, tables: Sequence[Versioned]) -> tuple[int, ...]:
    """The later uploads that have replaced rows of this upload (empty: all of it counts)."""
    union = " UNION ".join(
        f"SELECT DISTINCT replaced_by FROM {v.table} WHERE upload_id = ? "
        "AND replaced_by IS NOT NULL"
        for v in tables
    )
    if not union:
        return ()
    rows = store.rows(f"{union} ORDER BY 1", [upload_id] * len(tables))
    return tuple(int(row[0]) for row in rows)


def current_rows_by_upload(store: Store, versioned: Versioned) -> pd.DataFrame:
    """The current rows of a versioned table, counted by the upload they came with.

    Columns: upload_id (None: no upload), file_name ('' then), rows; by upload.
    """
    return store.frame(
        f"SELECT t.upload_id, coalesce(any_value(u.file_name), '') AS file_name, "
        f"count(*) AS rows FROM {versioned.table} t LEFT JOIN uploads u ON u.id = t.upload_id "
        f"WHERE {current('t')} GROUP BY t.upload_id ORDER BY t.upload_id"
    )


def replaced_counts(store: Store) -> dict[int, tuple[int, ...]]:
    """For each upload, the uploads whose rows it replaces now (upload id → their ids)."""
    union = " UNION ALL ".join(
        f"SELECT replaced_by, upload_id FROM {v.table} "
        "WHERE replaced_by IS NOT NULL AND upload_id IS NOT NULL"
        for v in VERSIONED
    )
    rows = store.rows(
        f"SELECT replaced_by, list(DISTINCT upload_id ORDER BY upload_id) FROM ({union}) "
        "GROUP BY replaced_by"
    )
    return {int(row[0]): tuple(int(i) for i in row[1]) for row in rows}


def undo_versioned(store: Store, upload_id: int, tables: Sequence[Versioned]) -> UndoOutcome:
    """Marks the upload 'undone' and gives back what it replaced (see the module docstring),
    in one transaction; returns what that did."""
    with store.transaction() as tx:
        outcomes = [_undo_in(tx, versioned, upload_id) for versioned in tables]
        set_status(tx, upload_id, "undone")
    return UndoOutcome(
        sum(o.removed for o in outcomes),
        sum(o.restored for o in outcomes),
        sum(o.still_replaced for o in outcomes),
        tuple(sorted({upload for o in outcomes for upload in o.later})),
    )


def _undo_in(tx: duckdb.DuckDBPyConnection, versioned: Versioned, upload_id: int) -> UndoOutcome:
    table = versioned.table
    match = "".join(f" AND a.{column} = z.{column}" for column in versioned.scope)
    later = (
        f"(SELECT min(a.replaced_by) FROM {table} a WHERE a.upload_id = ? "
        f"AND a.replaced_by IS NOT NULL{match})"
    )
    own = tx.execute(
        f"SELECT count(*) FILTER (WHERE replaced_by IS NULL), "
        f"coalesce(list(DISTINCT replaced_by) FILTER (WHERE replaced_by IS NOT NULL), []) "
        f"FROM {table} WHERE upload_id = ?",
        [upload_id],
    ).fetchone()
    back = tx.execute(
        f"SELECT count(*) FILTER (WHERE later IS NULL), count(*) FILTER (WHERE later IS NOT NULL) "
        f"FROM (SELECT {later} AS later FROM {table} z WHERE z.replaced_by = ?)",
        [upload_id, upload_id],
    ).fetchone()
    tx.execute(
        f"UPDATE {table} AS z SET replaced_by = {later} WHERE z.replaced_by = ?",
        [upload_id, upload_id],
    )
    removed, replacers = own if own else (0, [])
    restored, still = back if back else (0, 0)
    return UndoOutcome(int(removed), int(restored), int(still), tuple(sorted(replacers)))


# --- ledger lines ------------------------------------------------------------------------------


def store_upload(
    store: Store,
    upload: NewUpload,
    parts: Sequence[tuple[Versioned, pd.DataFrame, Sequence[str]]],
) -> tuple[int, tuple[int, ...]]:
    """Stores an upload with its rows (per versioned table: the rows and their columns) in one
    transaction, replacing the current rows of their scope. Returns the new upload id and the
    ids of the uploads it replaced rows of."""
    with store.transaction() as tx:
        upload_id = insert_upload(tx, upload)
        for versioned, rows, _ in parts:
            supersede(tx, versioned, upload_id, rows)
        for versioned, rows, columns in parts:
            insert_rows(tx, versioned.table, upload_id, rows, columns)
        replaced = replaced_uploads(tx, upload_id, [versioned for versioned, _, _ in parts])
        if replaced:
            tx.execute(
                "UPDATE uploads SET note = ? WHERE id = ?",
                [json.dumps({"replaced": list(replaced)}), upload_id],
            )
    return upload_id, replaced


def store_ledger_upload(
    store: Store,
    upload: NewUpload,
    budget: pd.DataFrame,
    accounts: pd.DataFrame,
    names: pd.DataFrame | None = None,
    projects: pd.DataFrame | None = None,
) -> tuple[int, tuple[int, ...]]:
    """Stores an upload with its budget and accounts lines, the names the file gives its codes
    (NAME_COLUMNS) and the register entries of projects it names that the register lacks
    (PROJECT_COLUMNS of `store.projects`), in one transaction. Lines without `ledger` and
    `scope_key` are operating lines keyed by ansvar.

    Older current lines of the same scope are replaced: accounts of the same ledger, year,
    period and unit key; budgets of the same ledger, year, budget kind and unit key. Returns
    the new upload id and the ids of the uploads it replaced lines of.
    """
    parts = [
        (BUDGET, with_books(budget), BUDGET_COLUMNS),
        (ACCOUNTS, with_books(accounts), ACCOUNTS_COLUMNS),
    ]
    if projects is not None and not projects.empty:
        parts.append((PROJECTS, projects, list(projects.columns)))
    with store.transaction() as tx:
        upload_id, replaced = store_upload(store, upload, parts)
        if names is not None:
            insert_rows(tx, "line_names", upload_id, names, NAME_COLUMNS)
    return upload_id, replaced


def with_books(lines: pd.DataFrame) -> pd.DataFrame:
    """The lines with their ledger and scope key: operating and by ansvar where not given."""
    if "ledger" not in lines:
        lines = lines.assign(ledger="operating")
    if "scope_key" not in lines:
        lines = lines.assign(scope_key="")
    return lines


def read_line_names(store: Store, field: str) -> dict[str, str]:
    """code → name as the newest active upload's file gave it, for one store column (ansvar,
    art, tjeneste, prosjekt)."""
    rows = store.rows(
        "SELECT code, arg_max(name, upload_id) FROM line_names "
        "WHERE field = ? AND upload_id IN (SELECT id FROM uploads WHERE status = 'active') "
        "GROUP BY code",
        [field],
    )
    return {str(code): str(name) for code, name in rows}


def current_ledger_in_scope(
    store: Store, budget: pd.DataFrame, accounts: pd.DataFrame
) -> pd.DataFrame:
    """What storing these lines would replace: the current lines of their scope, summed.

    Columns: upload_id, file_name, kind (budget or accounts), budget_kind, ledger, year, lines,
    amount (float NOK); by upload, kind, ledger and year.
    """
    parts = [
        _in_scope(store, BUDGET, budget, "'budget'", "budget_kind"),
        _in_scope(store, ACCOUNTS, accounts, "'accounts'", "''"),
    ]
    found = [part for part in parts if not part.empty]
    if not found:
        return parts[0]
    return pd.concat(found, ignore_index=True)


def _in_scope(
    store: Store, versioned: Versioned, rows: pd.DataFrame, kind: str, budget_kind: str
) -> pd.DataFrame:
    keys = rows[list(versioned.scope)]  # repeated keys are fine: EXISTS is a semi-join
    table = versioned.table
    match = " AND ".join(f"k.{column} = l.{column}" for column in versioned.scope)
    cursor = store.cursor()
    cursor.register("scope_keys", keys if not keys.empty else _no_keys(versioned))
    frame = cursor.execute(
        f"SELECT l.upload_id, u.file_name, {kind} AS kind, {budget_kind} AS budget_kind, "
        "l.ledger, l.year, count(*) AS lines, CAST(sum(l.amount) AS DOUBLE) AS amount "
        f"FROM {table} l JOIN uploads u ON u.id = l.upload_id AND u.status = 'active' "
        f"WHERE l.replaced_by IS NULL AND EXISTS (SELECT 1 FROM scope_keys k WHERE {match}) "
        "GROUP BY ALL ORDER BY l.upload_id, kind, l.ledger DESC, l.year"
    ).df()
    cursor.unregister("scope_keys")
    return frame


def _no_keys(versioned: Versioned) -> pd.DataFrame:
    """An empty frame of scope keys (DuckDB needs typed columns to register)."""
    types = {"year": "int64", "period": "int64"}
    return pd.DataFrame({c: pd.Series(dtype=types.get(c, "object")) for c in versioned.scope})


def stored_accounts(store: Store, years: Sequence[int], units: Sequence[str]) -> pd.DataFrame:
    """Active accounts summed by year, period, ledger, scope key and codes, for these years
    and units (ansvar, or scope keys such as "prosjekt:P100").

    Columns: year, period, ledger, scope_key, ansvar, art, tjeneste, prosjekt, amount (NOK).
    """
    return store.frame(
        "SELECT year, period, ledger, scope_key, ansvar, art, tjeneste, prosjekt, "
        "CAST(sum(amount) AS DOUBLE) AS amount FROM active_accounts "
        "WHERE list_contains(?, year) AND list_contains(?, CASE WHEN scope_key = '' "
        "THEN ansvar ELSE scope_key END) GROUP BY ALL",
        [list(years), list(units)],
    )


# --- the organisation ------------------------------------------------------------------------


def store_units_upload(store: Store, upload: NewUpload, organisation: pd.DataFrame) -> int:
    """Replaces the organisation and records the upload, in one transaction.

    The organisation it replaces is kept in the upload's coverage (`replaced_organisation`),
    so undo can put it back.
    """
    with store.transaction() as tx:
        coverage = {**upload.coverage, "replaced_organisation": organisation_rows(tx)}
        upload_id = insert_upload(
            tx,
            NewUpload(
                upload.kind,
                upload.file_name,
                upload.sha256,
                upload.uploaded_by,
                upload.row_count,
                coverage,
                upload.uploaded_at,
            ),
        )
        write_organisation(tx, organisation)
    return upload_id


def undo_units_upload(store: Store, upload_id: int, organisation: pd.DataFrame) -> None:
    """Marks the organisation upload 'undone' and puts back `organisation` (ORG_COLUMNS), in
    one transaction."""
    with store.transaction() as tx:
        set_status(tx, upload_id, "undone")
        write_organisation(tx, organisation[ORG_COLUMNS])


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
    """Per ansvar and art of the operating ledger: the annual budget that applies (the one rule
    of store/ledger.py: revised where any, monthly where any, adopted changes added, plan
    figures left out) and the accounts of periods 1..month (period 13 with December). Amounts
    as float NOK.

    Columns: ansvar, art, budget, actual; sorted by ansvar and art.
    """
    ensure_accounts_summary(store)  # the art groups the budget rule joins on
    budget = chosen_budget_sql(
        "ansvar, art",
        "AND year = ? AND list_contains(?, ansvar) AND ledger = 'operating'",
        "art_group_map",
    )
    return store.frame(
        f"""
        WITH chosen AS (
            SELECT ansvar, art, sum(amount) AS amount FROM ({budget}) GROUP BY ALL
        ), actual AS (
            SELECT ansvar, art, sum(amount) AS amount FROM ledger_accounts
            WHERE year = ? AND least(period, 12) <= ? AND list_contains(?, ansvar)
              AND ledger = 'operating' GROUP BY ALL
        )
        SELECT coalesce(c.ansvar, a.ansvar) AS ansvar, coalesce(c.art, a.art) AS art,
               CAST(coalesce(c.amount, 0) AS DOUBLE) AS budget,
               CAST(coalesce(a.amount, 0) AS DOUBLE) AS actual
        FROM chosen c FULL JOIN actual a ON c.ansvar = a.ansvar AND c.art = a.art
        ORDER BY 1, 2
        """,
        [year, list(ansvar), year, month, list(ansvar)],
    )
