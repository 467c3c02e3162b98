"""Sign-ins that last: a random token in the browser's cookie, only its hash on the server.

A session belongs to one person and lasts `Settings.session_timeout_hours` from the sign-in
(a shorter timeout set later counts for open sessions too). It ends at once when the person
signs out, changes password, has their role or units changed, or is removed: the row is kept
with the reason, so the browser that still holds the cookie can be told why.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from analytics.accounts.users import access_for_email, access_for_user, authenticate
from analytics.core import audit, clock
from analytics.core.access import Access
from analytics.core.settings import load_settings
from analytics.core.texts import t
from analytics.store import Store
from analytics.store import sessions as session_rows
from analytics.store.sessions import SessionRecord

COOKIE_NAME = "kommune_okt"
TOKEN_BYTES = 32
# Why a session no longer works; each has a Norwegian notice `auth.reason.<reason>`.
END_REASONS = (
    "signed_out",
    "expired",
    "password_changed",
    "account_changed",
    "account_removed",
    "unknown",
)
_FORGET_AFTER = dt.timedelta(days=30)  # ended sessions are kept this long to say why


@dataclass(frozen=True)
class SessionCheck:
    """What a session token is worth now: the person's access, or why there is none."""

    access: Access | None
    reason: str | None  # None while the session is valid; else one of END_REASONS
    token_hash: str
    single_sign_on: bool = False


def token_hash(token: str) -> str:
    """The SHA-256 of a token, as kept in the store (tokens are 256 random bits, so a fast
    hash is enough: there is nothing to guess)."""
    return hashlib.sha256(token.encode()).hexdigest()


def sign_in(
    store: Store, name: str, password: str, address: str, now: dt.datetime | None = None
) -> tuple[str, Access]:
    """Checks the password (lockout, audit: `authenticate`) and starts a session; returns
    the new token, for the cookie, and the person's access."""
    now = now or clock.now()
    access = authenticate(store, name, password, now, address)
    return start_session(store, access.user, address, False, now), access


def sign_in_by_email(store: Store, email: str, address: str) -> tuple[str, Access] | None:
    """Single sign-on: the provider vouched for this e-mail. A session for its account, or
    None (recorded as a failed sign-in) when no account has the address."""
    access = access_for_email(store, email) if email else None
    if access is None:
        audit.record(store, email or t("users.unknown_actor"), "sign_in_failed", "sso")
        return None
    audit.record(store, access.user, "sign_in", "sso")
    return start_session(store, access.user, address, True, clock.now()), access


def start_session(
    store: Store, user_name: str, address: str, single_sign_on: bool, now: dt.datetime
) -> str:
    """Stores a new session for a signed-in person; returns its token (shown to nobody but
    the browser's cookie)."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    hours = load_settings(store).session_timeout_hours
    record = SessionRecord(
        token_hash(token),
        user_name,
        now,
        now + dt.timedelta(hours=hours),
        address,
        single_sign_on,
        None,
        None,
    )
    session_rows.delete_sessions_before(store, now - _FORGET_AFTER)
    session_rows.insert_session(store, record)
    return token


def check_session(store: Store, token: str | None, now: dt.datetime | None = None) -> SessionCheck:
    """The access a session token gives now. Re-reads the account, so a changed role or a
    removed account counts at once; an expired session is ended (and recorded) here."""
    now = now or clock.now()
    hashed = token_hash(token) if token else ""
    record = session_rows.read_session(store, hashed) if token else None
    if record is None:
        return SessionCheck(None, "unknown", hashed)
    if record.ended_reason is not None:
        return SessionCheck(None, record.ended_reason, hashed, record.single_sign_on)
    if now >= _ends_at(store, record):
        end_session(store, token or "", record.user_name, "expired")
        return SessionCheck(None, "expired", hashed, record.single_sign_on)
    access = access_for_user(store, record.user_name)
    if access is None:
        session_rows.end_session(store, hashed, now, "account_removed")
        return SessionCheck(None, "account_removed", hashed, record.single_sign_on)
    return SessionCheck(access, None, hashed, record.single_sign_on)


def _ends_at(store: Store, record: SessionRecord) -> dt.datetime:
    timeout = dt.timedelta(hours=load_settings(store).session_timeout_hours)
    return min(record.expires_at, record.created_at + timeout)


def end_session(store: Store, token: str, actor: str, reason: str = "signed_out") -> None:
    """Ends one session (sign-out, or found expired) and records it once in the audit log."""
    hashed = token_hash(token)
    record = session_rows.read_session(store, hashed)
    if record is None or record.ended_reason is not None:
        return
    session_rows.end_session(store, hashed, clock.now(), reason)
    audit.record(store, actor, "sign_out", t(f"auth.reason.{reason}"))


def open_session_count(store: Store, access: Access) -> int:
    """How many sign-ins of this person are open now (this one included)."""
    return session_rows.count_open_sessions(store, access.user, clock.now())


def end_other_sessions(store: Store, access: Access, keep: str | None) -> int:
    """Signs the person out everywhere but the session `keep` (its token hash)."""
    ended = session_rows.end_sessions_of(store, access.user, clock.now(), "signed_out", keep)
    if ended:
        audit.record(store, access.user, "sign_out", t("auth.audit_ended_others", count=ended))
    return ended
