"""Shared by the accounts tests: an organisation to give people units in, cheap hashes."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from argon2 import PasswordHasher

from analytics.accounts import users
from analytics.core.access import Access, Role
from analytics.store import Store
from analytics.store.organisation import replace_organisation

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
    organisation = pd.DataFrame(
        {
            "ansvar": ["3100", "3101", "2100"],
            "ansvar_name": ["Sykehjem drift", "Sykehjem kjøkken", "Kárášjoga skuvla"],
            "unit_code": ["310", "310", "210"],
            "unit_name": ["Sykehjem", "Sykehjem", "Skuvla"],
            "sector_code": ["3", "3", "2"],
            "sector_name": ["Helse og omsorg", "Helse og omsorg", "Oppvekst"],
        }
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
