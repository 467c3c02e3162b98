"""SQL for people: accounts (passwords only as argon2id hashes) and sign-in attempts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from analytics.store.db import Store


@dataclass(frozen=True)
class UserRecord:
    """One row of `users`. `units` holds sector, unit or ansvar codes."""

    name: str
    email: str | None
    role: str
    units: tuple[str, ...]
    password_hash: str | None
    is_demo: bool
    created_at: dt.datetime


_COLUMNS = "name, email, role, units, password_hash, is_demo, created_at"


def _record(row: tuple[object, ...]) -> UserRecord:
    name, email, role, units, password_hash, is_demo, created_at = row
    codes = tuple(code for code in str(units).split(",") if code)
    return UserRecord(
        str(name),
        None if email is None else str(email),
        str(role),
        codes,
        None if password_hash is None else str(password_hash),
        bool(is_demo),
        created_at,  # type: ignore[arg-type]
    )


def read_users(store: Store) -> list[UserRecord]:
    """Every account, by name."""
    return [
        _record(row)
        for row in store.rows(f"SELECT {_COLUMNS} FROM users ORDER BY strip_accents(name), name")
    ]


def read_user(store: Store, name: str) -> UserRecord | None:
    row = store.rows(f"SELECT {_COLUMNS} FROM users WHERE name = ?", [name])
    return _record(row[0]) if row else None


def read_user_by_email(store: Store, email: str) -> UserRecord | None:
    """The account whose e-mail matches, ignoring case."""
    row = store.rows(
        f"SELECT {_COLUMNS} FROM users WHERE lower(email) = lower(?) ORDER BY name LIMIT 1",
        [email],
    )
    return _record(row[0]) if row else None


def insert_user(store: Store, user: UserRecord) -> None:
    with store.transaction() as tx:
        tx.execute(
            f"INSERT INTO users ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                user.name,
                user.email,
                user.role,
                ",".join(user.units),
                user.password_hash,
                user.is_demo,
                user.created_at,
            ],
        )


def delete_user(store: Store, name: str) -> None:
    with store.transaction() as tx:
        tx.execute("DELETE FROM users WHERE name = ?", [name])
        tx.execute("DELETE FROM login_attempts WHERE name = ?", [name])


def update_password_hash(store: Store, name: str, password_hash: str, is_demo: bool) -> None:
    with store.transaction() as tx:
        tx.execute(
            "UPDATE users SET password_hash = ?, is_demo = ? WHERE name = ?",
            [password_hash, is_demo, name],
        )


def insert_attempt(store: Store, key: str, attempted_at: dt.datetime, succeeded: bool) -> None:
    with store.transaction() as tx:
        tx.execute(
            "INSERT INTO login_attempts (name, attempted_at, succeeded) VALUES (?, ?, ?)",
            [key, attempted_at, succeeded],
        )


def count_recent_failures(store: Store, key: str, since: dt.datetime) -> int:
    """Failed attempts for `key` after `since` and after the last successful one."""
    return int(
        store.value(
            "SELECT count(*) FROM login_attempts WHERE name = ? AND NOT succeeded "
            "AND attempted_at > ? AND attempted_at > coalesce("
            "(SELECT max(attempted_at) FROM login_attempts WHERE name = ? AND succeeded), "
            "TIMESTAMP '1900-01-01')",
            [key, since, key],
        )
    )


def latest_failure(store: Store, key: str) -> dt.datetime | None:
    """The time of the newest failed attempt for `key`, or None."""
    latest: dt.datetime | None = store.value(
        "SELECT max(attempted_at) FROM login_attempts WHERE name = ? AND NOT succeeded", [key]
    )
    return latest
