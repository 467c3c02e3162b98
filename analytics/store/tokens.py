"""SQL of API tokens: a service account's name, role and units, and the token's hash."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from analytics.store.db import Store


@dataclass(frozen=True)
class TokenRecord:
    """One row of `api_tokens`. `units` holds sector, unit or ansvar codes."""

    id: int
    name: str
    role: str
    units: tuple[str, ...]
    created_at: dt.datetime
    created_by: str
    expires_at: dt.datetime | None
    revoked_at: dt.datetime | None
    last_used_at: dt.datetime | None


_COLUMNS = "id, name, role, units, created_at, created_by, expires_at, revoked_at, last_used_at"


def _record(row: tuple[object, ...]) -> TokenRecord:
    values = list(row)
    values[3] = tuple(code for code in str(values[3]).split(",") if code)
    return TokenRecord(*values)  # type: ignore[arg-type]


def insert_token(
    store: Store,
    name: str,
    role: str,
    units: tuple[str, ...],
    token_hash: str,
    created: tuple[dt.datetime, str],
    expires_at: dt.datetime | None,
) -> int:
    """Stores a new token (only its hash); returns its id."""
    created_at, created_by = created
    with store.transaction(bookkeeping=True) as tx:
        row = tx.execute(
            "INSERT INTO api_tokens (name, role, units, token_hash, created_at, created_by, "
            "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            [name, role, ",".join(units), token_hash, created_at, created_by, expires_at],
        ).fetchone()
    assert row is not None
    return int(row[0])


def read_token_by_hash(store: Store, token_hash: str) -> TokenRecord | None:
    rows = store.rows(f"SELECT {_COLUMNS} FROM api_tokens WHERE token_hash = ?", [token_hash])
    return _record(rows[0]) if rows else None


def read_active_token(store: Store, name: str) -> TokenRecord | None:
    """The token of a service account that is not revoked, or None."""
    rows = store.rows(
        f"SELECT {_COLUMNS} FROM api_tokens WHERE name = ? AND revoked_at IS NULL", [name]
    )
    return _record(rows[0]) if rows else None


def read_tokens(store: Store) -> pd.DataFrame:
    """Every token ever made (never their hashes), newest first."""
    return store.frame(f"SELECT {_COLUMNS} FROM api_tokens ORDER BY created_at DESC, id DESC")


def revoke_token(store: Store, token_id: int, at: dt.datetime) -> None:
    with store.transaction(bookkeeping=True) as tx:
        tx.execute("UPDATE api_tokens SET revoked_at = ? WHERE id = ?", [at, token_id])


def mark_used(store: Store, token_id: int, at: dt.datetime) -> None:
    with store.transaction(bookkeeping=True) as tx:
        tx.execute("UPDATE api_tokens SET last_used_at = ? WHERE id = ?", [at, token_id])
