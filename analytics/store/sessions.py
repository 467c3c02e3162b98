"""SQL of sign-in sessions: the hash of a browser's session token, its person and expiry."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from analytics.store.db import Store


@dataclass(frozen=True)
class SessionRecord:
    """One row of `sign_in_sessions`."""

    token_hash: str
    user_name: str
    created_at: dt.datetime
    expires_at: dt.datetime
    address: str
    single_sign_on: bool
    ended_at: dt.datetime | None
    ended_reason: str | None


_COLUMNS = (
    "token_hash, user_name, created_at, expires_at, address, single_sign_on, ended_at, ended_reason"
)


def insert_session(store: Store, session: SessionRecord) -> None:
    with store.transaction(bookkeeping=True) as tx:
        tx.execute(
            f"INSERT INTO sign_in_sessions ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                session.token_hash,
                session.user_name,
                session.created_at,
                session.expires_at,
                session.address,
                session.single_sign_on,
                session.ended_at,
                session.ended_reason,
            ],
        )


def read_session(store: Store, token_hash: str) -> SessionRecord | None:
    rows = store.rows(f"SELECT {_COLUMNS} FROM sign_in_sessions WHERE token_hash = ?", [token_hash])
    return SessionRecord(*rows[0]) if rows else None


def end_session(store: Store, token_hash: str, at: dt.datetime, reason: str) -> None:
    """Marks one session ended (kept, so its cookie can be told why it no longer works)."""
    with store.transaction(bookkeeping=True) as tx:
        tx.execute(
            "UPDATE sign_in_sessions SET ended_at = ?, ended_reason = ? "
            "WHERE token_hash = ? AND ended_at IS NULL",
            [at, reason, token_hash],
        )


def end_sessions_of(
    store: Store, user_name: str, at: dt.datetime, reason: str, keep: str | None = None
) -> int:
    """Ends every open session of a person but `keep` (a token hash); returns how many."""
    with store.transaction(bookkeeping=True) as tx:
        ended = tx.execute(
            "UPDATE sign_in_sessions SET ended_at = ?, ended_reason = ? "
            "WHERE user_name = ? AND ended_at IS NULL AND token_hash <> ? RETURNING token_hash",
            [at, reason, user_name, keep or ""],
        ).fetchall()
    return len(ended)


def count_open_sessions(store: Store, user_name: str, now: dt.datetime) -> int:
    """The person's sessions that have neither ended nor expired."""
    return int(
        store.value(
            "SELECT count(*) FROM sign_in_sessions "
            "WHERE user_name = ? AND ended_at IS NULL AND expires_at > ?",
            [user_name, now],
        )
    )


def delete_sessions_before(store: Store, before: dt.datetime) -> None:
    """Forgets sessions that expired or ended before a time (they tell nobody anything now)."""
    with store.transaction(bookkeeping=True) as tx:
        tx.execute(
            "DELETE FROM sign_in_sessions WHERE coalesce(ended_at, expires_at) < ?", [before]
        )
