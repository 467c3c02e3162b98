"""SQL for people: accounts (passwords only as argon2id hashes) and sign-in attempts.

An attempt is kept under the name typed (or a digest of it) and the address it came from:
lockout counts failures of one name from one address.
"""

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


def update_role_and_units(store: Store, name: str, role: str, units: tuple[str, ...]) -> None:
    """Gives an account a new role and unit codes."""
    with store.transaction() as tx:
        tx.execute(
            "UPDATE users SET role = ?, units = ? WHERE name = ?", [role, ",".join(units), name]
        )


def users_fingerprint(store: Store) -> str:
    """Changes whenever an account is added, removed or gets a new password."""
    return str(
        store.value(
            "SELECT count(*) || ':' || coalesce(hash(string_agg(name || '=' || "
            "coalesce(password_hash, ''), ',' ORDER BY name)), 0) FROM users"
        )
    )


def insert_attempt(
    store: Store, key: str, address: str, attempted_at: dt.datetime, succeeded: bool
) -> None:
    with store.transaction(bookkeeping=True) as tx:
        tx.execute(
            "INSERT INTO login_attempts (name, address, attempted_at, succeeded) "
            "VALUES (?, ?, ?, ?)",
            [key, address, attempted_at, succeeded],
        )


def count_recent_failures(store: Store, key: str, address: str, since: dt.datetime) -> int:
    """Failed attempts for `key` from `address` after `since` and after the last success of
    that name from there."""
    return int(
        store.value(
            "SELECT count(*) FROM login_attempts WHERE name = ? AND address = ? "
            "AND NOT succeeded AND attempted_at > ? AND attempted_at > coalesce("
            "(SELECT max(attempted_at) FROM login_attempts "
            " WHERE name = ? AND address = ? AND succeeded), TIMESTAMP '1900-01-01')",
            [key, address, since, key, address],
        )
    )


def latest_failure(store: Store, key: str, address: str) -> dt.datetime | None:
    """The time of the newest failed attempt for `key` from `address`, or None."""
    latest: dt.datetime | None = store.value(
        "SELECT max(attempted_at) FROM login_attempts "
        "WHERE name = ? AND address = ? AND NOT succeeded",
        [key, address],
    )
    return latest


def failures_of_name(store: Store, key: str, since: dt.datetime) -> tuple[int, int]:
    """Failed attempts for `key` since a time, from any address: (attempts, addresses)."""
    row = store.rows(
        "SELECT count(*), count(DISTINCT address) FROM login_attempts "
        "WHERE name = ? AND NOT succeeded AND attempted_at >= ?",
        [key, since],
    )[0]
    return int(row[0]), int(row[1])
