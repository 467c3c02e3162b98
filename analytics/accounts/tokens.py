"""API tokens: service accounts (a nightly import, a reporting tool) that call the app's HTTP API.

An administrator creates a token for a named service account with a role and units, as for a
person. The token is shown once; the store keeps its SHA-256 only. A token can be revoked, may
expire, and every use is recorded in the audit log under the service account's name.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterable

import pandas as pd

from analytics.accounts.sessions import token_hash
from analytics.accounts.users import checked_account_name, checked_role, checked_units
from analytics.core import audit, clock
from analytics.core.access import Access, Role, require_administrator
from analytics.core.errors import NotFound, UserError
from analytics.core.texts import t
from analytics.store import Store
from analytics.store import tokens as token_rows
from analytics.store import users as user_rows
from analytics.store.tokens import TokenRecord

TOKEN_PREFIX = "kdb_"
TOKEN_BYTES = 32


def create_token(
    store: Store,
    access: Access,
    name: str,
    role: str,
    units: Iterable[str] = (),
    expires_in_days: int | None = None,
) -> tuple[str, TokenRecord]:
    """A new token for the service account `name`; returns (the token, its record).

    The name follows the rules of account names and may not be a person's; one active token
    per service account (revoke the old one first). Raises AccessDenied for anyone but an
    administrator, UserError for a bad name, role, units or expiry.
    """
    require_administrator(access)
    normalised = checked_account_name(name)
    if user_rows.read_user(store, normalised) is not None:
        raise UserError(t("tokens.name_is_person", name=normalised))
    if token_rows.read_active_token(store, normalised) is not None:
        raise UserError(t("tokens.exists", name=normalised))
    chosen = checked_role(role)
    codes = checked_units(store, chosen, units)
    if expires_in_days is not None and expires_in_days < 1:
        raise UserError(t("tokens.bad_expiry", days=expires_in_days))
    now = clock.now()
    expires_at = now + dt.timedelta(days=expires_in_days) if expires_in_days else None
    token = TOKEN_PREFIX + secrets.token_urlsafe(TOKEN_BYTES)
    created = (now, access.user)
    token_id = token_rows.insert_token(
        store, normalised, chosen.value, codes, token_hash(token), created, expires_at
    )
    detail = t(
        "tokens.audit_created", name=normalised, role=chosen.value, units=",".join(codes) or "-"
    )
    audit.record(store, access.user, "token_change", detail)
    record = token_rows.read_token_by_hash(store, token_hash(token))
    assert record is not None and record.id == token_id
    return token, record


def list_tokens(store: Store, access: Access) -> pd.DataFrame:
    """Every token: name, role, units, created_at, created_by, expires_at, revoked_at,
    last_used_at, active. Never the tokens or their hashes."""
    require_administrator(access)
    tokens = token_rows.read_tokens(store)
    now = clock.now()
    active = tokens["revoked_at"].isna() & (
        tokens["expires_at"].isna() | (tokens["expires_at"] > now)
    )
    return tokens.drop(columns="id").assign(active=active.astype(bool))


def revoke_token(store: Store, access: Access, name: str) -> None:
    """Revokes the active token of a service account at once; NotFound when it has none."""
    require_administrator(access)
    record = token_rows.read_active_token(store, name.strip().lower())
    if record is None:
        raise NotFound(t("tokens.not_found", name=name))
    token_rows.revoke_token(store, record.id, clock.now())
    audit.record(store, access.user, "token_change", t("tokens.audit_revoked", name=record.name))


def access_for_token(store: Store, token: str) -> Access | None:
    """The access a token gives (its service account's role and units), or None when it is
    unknown, revoked or expired. Marks it used."""
    if not token.startswith(TOKEN_PREFIX):
        return None
    record = token_rows.read_token_by_hash(store, token_hash(token))
    now = clock.now()
    if record is None or record.revoked_at is not None:
        return None
    if record.expires_at is not None and record.expires_at <= now:
        return None
    token_rows.mark_used(store, record.id, now)
    return Access(record.name, Role(record.role), frozenset(record.units))
