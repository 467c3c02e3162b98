"""SQL of the audit log: who did what, when. Never holds passwords or file contents."""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from analytics.store.db import Store


def insert_entry(
    store: Store | duckdb.DuckDBPyConnection,
    happened_at: dt.datetime,
    actor: str,
    action: str,
    detail: str,
) -> None:
    """Adds one entry, in its own transaction or inside the caller's (a cursor)."""
    sql = "INSERT INTO audit_log (happened_at, actor, action, detail) VALUES (?, ?, ?, ?)"
    if isinstance(store, Store):
        with store.transaction(bookkeeping=True) as tx:
            tx.execute(sql, [happened_at, actor, action, detail])
    else:
        store.execute(sql, [happened_at, actor, action, detail])


def read_entries_of(store: Store, action: str, since: dt.datetime) -> pd.DataFrame:
    """The entries of one action since a time, newest first: happened_at, actor, detail."""
    return store.frame(
        "SELECT happened_at, actor, detail FROM audit_log WHERE action = ? AND happened_at >= ? "
        "ORDER BY happened_at DESC, id DESC",
        [action, since],
    )


def read_entries(store: Store, limit: int) -> pd.DataFrame:
    """The newest entries first: happened_at, actor, action, detail."""
    return store.frame(
        "SELECT happened_at, actor, action, detail FROM audit_log "
        "ORDER BY happened_at DESC, id DESC LIMIT ?",
        [limit],
    )
