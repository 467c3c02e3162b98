"""Demo accounts and the guard against demo passwords on real data (analytics/demo/users.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from analytics.accounts.users import authenticate, hash_password, set_password
from analytics.core.access import Access, Role, visible_organisation
from analytics.demo.users import DEMO_ACCOUNTS, accounts_with_demo_password
from analytics.store import Store
from analytics.store import users as user_rows
from analytics.store.organisation import read_organisation


def test_one_demo_account_per_role(demo_store: Store) -> None:
    records = {user.name: user for user in user_rows.read_users(demo_store)}
    assert {Role(user.role) for user in records.values()} == set(Role)
    assert all(user.is_demo for user in records.values())
    assert sorted(records) == sorted(account.name for account in DEMO_ACCOUNTS)


@pytest.mark.parametrize(
    ("name", "column", "word"),
    [
        ("leder.helse", "sector_name", "helse"),
        ("budsjett.sykehjem", "unit_name", "sykehjem"),
        ("leser.skole", "unit_name", "skuvla"),
    ],
)
def test_demo_units_are_found_by_name(demo_store: Store, name: str, column: str, word: str) -> None:
    record = user_rows.read_user(demo_store, name)
    assert record is not None
    visible = visible_organisation(
        read_organisation(demo_store), Access(name, Role(record.role), frozenset(record.units))
    )
    assert not visible.empty
    assert visible[column].str.lower().str.contains(word).all()


def test_every_demo_account_signs_in_with_its_published_password(demo_store: Store) -> None:
    for account in DEMO_ACCOUNTS:
        access = authenticate(demo_store, account.name, account.password, dt.datetime.now())
        assert access.role == account.role


def test_accounts_with_demo_password(demo_store: Store) -> None:
    names = sorted(account.name for account in DEMO_ACCOUNTS)
    assert sorted(accounts_with_demo_password(demo_store)) == names
    set_password(demo_store, Access.system(), "admin", "et-ekte-passord-42")
    assert "admin" not in accounts_with_demo_password(demo_store)
    # A hash of the published password (from before the rule that refuses it): it counts again,
    # even though the account is no longer marked as demo.
    user_rows.update_password_hash(demo_store, "admin", hash_password("demo-admin"), False)
    assert "admin" in accounts_with_demo_password(demo_store)
