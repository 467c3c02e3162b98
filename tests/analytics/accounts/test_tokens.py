"""API tokens for service accounts (analytics/accounts/tokens.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from analytics.accounts import tokens
from analytics.core import clock
from analytics.core.access import Access, Role
from analytics.core.audit import read_audit_log
from analytics.core.errors import AccessDenied, NotFound, UserError
from analytics.store import Store
from tests.analytics.accounts.conftest import ADMIN, add_holder


def test_a_token_is_shown_once_stored_as_a_hash_and_gives_its_role(org_store: Store) -> None:
    token, record = tokens.create_token(
        org_store, ADMIN, "Nattlig-Import", "budget_holder", ["310"]
    )
    assert token.startswith("kdb_") and len(token) > 40
    assert (record.name, record.role, record.units) == ("nattlig-import", "budget_holder", ("310",))
    assert token not in str(org_store.rows("SELECT * FROM api_tokens"))
    access = tokens.access_for_token(org_store, token)
    assert access == Access("nattlig-import", Role.BUDGET_HOLDER, frozenset({"310"}))
    listed = tokens.list_tokens(org_store, ADMIN)
    assert listed[["name", "role", "active"]].values.tolist() == [
        ["nattlig-import", "budget_holder", True]
    ]
    assert listed["last_used_at"].notna().all()
    assert "token_hash" not in listed.columns
    assert read_audit_log(org_store, limit=1)["detail"].item() == (
        "Ny API-nøkkel for nattlig-import (budget_holder, enheter: 310)"
    )


def test_a_revoked_or_expired_or_unknown_token_gives_nothing(org_store: Store) -> None:
    token, _ = tokens.create_token(org_store, ADMIN, "rapportverktoy", "director")
    tokens.revoke_token(org_store, ADMIN, "rapportverktoy")
    assert tokens.access_for_token(org_store, token) is None
    assert not tokens.list_tokens(org_store, ADMIN)["active"].any()
    with pytest.raises(NotFound):
        tokens.revoke_token(org_store, ADMIN, "rapportverktoy")
    short, _ = tokens.create_token(
        org_store, ADMIN, "rapportverktoy", "director", expires_in_days=1
    )
    assert tokens.access_for_token(org_store, short) is not None
    org_store.cursor().execute(
        "UPDATE api_tokens SET expires_at = ? WHERE revoked_at IS NULL",
        [clock.now() - dt.timedelta(minutes=1)],
    )
    assert tokens.access_for_token(org_store, short) is None
    assert tokens.access_for_token(org_store, "kdb_" + "x" * 43) is None
    assert tokens.access_for_token(org_store, "lokal_noe") is None


def test_only_administrators_make_tokens_and_names_are_checked(org_store: Store) -> None:
    add_holder(org_store)
    with pytest.raises(AccessDenied):
        tokens.create_token(org_store, Access("kari", Role.BUDGET_HOLDER), "x-y", "viewer", ["310"])
    with pytest.raises(UserError, match="tilhører en person"):
        tokens.create_token(org_store, ADMIN, "kari", "viewer", ["310"])
    tokens.create_token(org_store, ADMIN, "import", "director")
    with pytest.raises(UserError, match="har allerede en gyldig nøkkel"):
        tokens.create_token(org_store, ADMIN, "import", "director")
    with pytest.raises(UserError, match="Ukjent rolle"):
        tokens.create_token(org_store, ADMIN, "annen", "sjef")
    with pytest.raises(UserError, match="minst 1"):
        tokens.create_token(org_store, ADMIN, "annen", "director", expires_in_days=0)
    with pytest.raises(UserError, match="tjenestekonto"):
        add_holder(org_store, "import")
