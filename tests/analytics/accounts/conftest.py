"""Shared by the accounts tests: an organisation to give people units in, cheap hashes."""

from __future__ import annotations

import datetime as dt

import pytest
from argon2 import PasswordHasher

from analytics.accounts import users
from analytics.core.access import Access, Role
from analytics.store import Store
from analytics.store.organisation import replace_organisation
from tests.helpers import organisation as organisation_of

SYSTEM = Access.system()
ADMIN = Access("admin", Role.ADMINISTRATOR)
PASSWORD = "riktig-hest-batteri-stift"
NOW = dt.datetime(2026, 11, 23, 9, 0)


@pytest.fixture(autouse=True)
def fast_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap argon2id parameters: the tests check behaviour, not hashing cost."""
    monkeypatch.setattr(
        users, "_hasher", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
    )


@pytest.fixture
def org_store(store: Store) -> Store:
    organisation = organisation_of(
        ("3100", "Sykehjem drift", "310", "Sykehjem", "3", "Helse og omsorg"),
        ("3101", "Sykehjem kjøkken", "310", "Sykehjem", "3", "Helse og omsorg"),
        ("2100", "Kárášjoga skuvla", "210", "Skuvla", "2", "Oppvekst"),
    )
    replace_organisation(store, organisation)
    return store


def add_holder(store: Store, name: str = "kari", password: str | None = PASSWORD) -> None:
    users.add_user(
        store,
        SYSTEM,
        name,
        "budget_holder",
        ["310"],
        email=f"{name}@example.org",
        password=password,
    )
