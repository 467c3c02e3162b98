"""SQL for accounts and sign-in attempts (analytics/store/users.py)."""

from __future__ import annotations

import datetime as dt

from analytics.store import Store
from analytics.store import users as user_rows
from analytics.store.users import UserRecord

T0 = dt.datetime(2026, 11, 23, 8, 0)


def a_user(name: str, email: str | None = None) -> UserRecord:
    return UserRecord(name, email, "viewer", ("310", "3101"), "$argon2id$x", False, T0)


def test_insert_and_read_round_trip(store: Store) -> None:
    user_rows.insert_user(store, a_user("máret", "Maret@Example.org"))
    user_rows.insert_user(store, a_user("ánde"))
    assert user_rows.read_user(store, "máret") == a_user("máret", "Maret@Example.org")
    assert [user.name for user in user_rows.read_users(store)] == ["ánde", "máret"]
    assert user_rows.read_user_by_email(store, "maret@example.ORG") == a_user(
        "máret", "Maret@Example.org"
    )
    assert user_rows.read_user_by_email(store, "noen@example.org") is None


def test_update_password_hash_and_delete(store: Store) -> None:
    user_rows.insert_user(store, a_user("ánde"))
    user_rows.update_password_hash(store, "ánde", "$argon2id$y", True)
    updated = user_rows.read_user(store, "ánde")
    assert updated is not None and (updated.password_hash, updated.is_demo) == ("$argon2id$y", True)
    user_rows.insert_attempt(store, "ánde", "10.0.0.1", T0, False)
    user_rows.delete_user(store, "ánde")
    assert user_rows.read_user(store, "ánde") is None
    assert user_rows.latest_failure(store, "ánde", "10.0.0.1") is None


HOME, AWAY = "10.0.0.1", "203.0.113.9"


def test_failures_are_counted_per_address_after_since_and_after_the_last_success(
    store: Store,
) -> None:
    for minutes, succeeded in [
        (0, False),
        (1, False),
        (2, True),
        (3, False),
        (4, False),
        (5, False),
    ]:
        when = T0 + dt.timedelta(minutes=minutes)
        user_rows.insert_attempt(store, "ánde", HOME, when, succeeded)
    user_rows.insert_attempt(store, "annen", HOME, T0, False)
    user_rows.insert_attempt(store, "ánde", AWAY, T0 + dt.timedelta(minutes=6), False)
    assert user_rows.count_recent_failures(store, "ánde", HOME, T0 - dt.timedelta(hours=1)) == 3
    assert user_rows.count_recent_failures(store, "ánde", HOME, T0 + dt.timedelta(minutes=3)) == 2
    assert user_rows.count_recent_failures(store, "ánde", AWAY, T0 - dt.timedelta(hours=1)) == 1
    assert user_rows.latest_failure(store, "ánde", HOME) == T0 + dt.timedelta(minutes=5)
    assert user_rows.failures_of_name(store, "ánde", T0) == (6, 2)


def test_role_and_units_change_and_the_fingerprint_moves(store: Store) -> None:
    user_rows.insert_user(store, a_user("ánde"))
    before = user_rows.users_fingerprint(store)
    user_rows.update_role_and_units(store, "ánde", "leader", ("3",))
    changed = user_rows.read_user(store, "ánde")
    assert changed is not None and (changed.role, changed.units) == ("leader", ("3",))
    assert user_rows.users_fingerprint(store) == before  # roles do not change passwords
    user_rows.update_password_hash(store, "ánde", "$argon2id$z", False)
    assert user_rows.users_fingerprint(store) != before
