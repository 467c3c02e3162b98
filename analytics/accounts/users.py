"""Accounts, sign-in and lockout. Passwords are kept only as argon2id hashes.

A password is never logged, stored, echoed or put in a message. A refused sign-in says the same
thing whether or not the account exists, and takes about as long.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable

import pandas as pd
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from analytics.core import audit, clock
from analytics.core.access import Access, Role, require_administrator
from analytics.core.errors import AccessDenied, NotFound, UserError
from analytics.core.settings import Settings, load_settings
from analytics.core.texts import t
from analytics.store import Store
from analytics.store import users as user_rows
from analytics.store.organisation import read_organisation
from analytics.store.users import UserRecord

MIN_PASSWORD_LENGTH = 10
ROLES_WITH_UNITS = (Role.LEADER, Role.BUDGET_HOLDER, Role.VIEWER)
RESERVED_NAMES = frozenset({"system", "ukjent"})
_NAME_PATTERN = re.compile(r"^[\w.@-]{2,64}$")
_EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_hasher = PasswordHasher()
# Verified against when the account does not exist, so a refusal takes as long either way.
_DUMMY_HASH = _hasher.hash("ingen-slik-konto")


def hash_password(password: str) -> str:
    """The argon2id hash of a password (random salt; the password itself is not kept)."""
    return _hasher.hash(password)


def password_matches(password_hash: str | None, password: str) -> bool:
    """True when the password fits the hash; False for a missing or broken hash."""
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and bool(password_hash)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def check_password_strength(password: str) -> None:
    """Raises UserError (without echoing the password) when it is too short or blank."""
    if len(password.strip()) < MIN_PASSWORD_LENGTH:
        raise UserError(t("users.password_too_short", length=MIN_PASSWORD_LENGTH))


def add_user(
    store: Store,
    access: Access,
    name: str,
    role: str,
    units: Iterable[str] = (),
    email: str | None = None,
    password: str | None = None,
    is_demo: bool = False,
) -> UserRecord:
    """Adds an account; unit codes must be sector, unit or ansvar codes of the organisation.

    Without a password the account can sign in only through single sign-on (needs an e-mail).
    """
    require_administrator(access)
    user = UserRecord(
        name=_checked_name(store, name),
        email=_checked_email(store, email),
        role=_checked_role(role).value,
        units=_checked_units(store, Role(role), units),
        password_hash=None,
        is_demo=is_demo,
        created_at=clock.now(),
    )
    if password is None and user.email is None:
        raise UserError(t("users.needs_password_or_email"))
    if password is not None:
        check_password_strength(password)
        user = _with_hash(user, hash_password(password))
    user_rows.insert_user(store, user)
    audit.record(store, access.user, "user_change", t("users.audit_added", **_described(user)))
    return user


def _with_hash(user: UserRecord, password_hash: str) -> UserRecord:
    return UserRecord(
        user.name,
        user.email,
        user.role,
        user.units,
        password_hash,
        user.is_demo,
        user.created_at,
    )


def _described(user: UserRecord) -> dict[str, str]:
    return {"name": user.name, "role": user.role, "units": ",".join(user.units) or "-"}


def list_users(store: Store, access: Access) -> pd.DataFrame:
    """Every account: name, email, role, units (comma-separated), has_password, is_demo,
    created_at. Never the hashes."""
    require_administrator(access)
    records = user_rows.read_users(store)
    return pd.DataFrame(
        {
            "name": [user.name for user in records],
            "email": [user.email or "" for user in records],
            "role": [user.role for user in records],
            "units": [",".join(user.units) for user in records],
            "has_password": [user.password_hash is not None for user in records],
            "is_demo": [user.is_demo for user in records],
            "created_at": pd.Series([user.created_at for user in records], dtype="datetime64[us]"),
        }
    )


def remove_user(store: Store, access: Access, name: str) -> None:
    """Deletes the account and its sign-in attempts; NotFound when there is none."""
    require_administrator(access)
    user = _existing(store, name)
    if user.name == access.user:
        raise UserError(t("users.cannot_remove_self"))
    user_rows.delete_user(store, user.name)
    audit.record(store, access.user, "user_change", t("users.audit_removed", name=user.name))


def set_password(store: Store, access: Access, name: str, password: str) -> None:
    """Sets a new password (an administrator for anyone, a person for themselves).

    The account stops being a demo account: a demo password is published in the README.
    """
    if access.user != name:
        require_administrator(access)
    user = _existing(store, name)
    check_password_strength(password)
    user_rows.update_password_hash(store, user.name, hash_password(password), False)
    audit.record(store, access.user, "user_change", t("users.audit_password", name=user.name))


def _existing(store: Store, name: str) -> UserRecord:
    user = user_rows.read_user(store, _normalised(name))
    if user is None:
        raise NotFound(t("users.not_found", name=name))
    return user


def access_of(user: UserRecord) -> Access:
    """The Access an account gives: its name, role and unit codes."""
    return Access(user.name, Role(user.role), frozenset(user.units))


def access_for_user(store: Store, name: str) -> Access | None:
    """The account's current access (role and units may have changed), None when removed."""
    user = user_rows.read_user(store, _normalised(name))
    return None if user is None else access_of(user)


def access_for_email(store: Store, email: str) -> Access | None:
    """Single sign-on: the access of the account with this e-mail (any case), or None."""
    user = user_rows.read_user_by_email(store, email.strip())
    return None if user is None else access_of(user)


def authenticate(store: Store, name: str, password: str, now: dt.datetime) -> Access:
    """Checks a local sign-in and records it; the person's Access when it succeeds.

    Raises AccessDenied with one message for an unknown name and a wrong password alike, and
    another while the name is locked (after Settings.lockout_attempts failures within
    Settings.lockout_minutes). Every attempt lands in `login_attempts` and the audit log.
    """
    settings = load_settings(store)
    user = user_rows.read_user(store, _normalised(name))
    key = _attempt_key(name, user)
    actor = user.name if user else t("users.unknown_actor")
    lock_ends = locked_until(store, key, settings)
    if lock_ends is not None and lock_ends > now:
        audit.record(store, actor, "sign_in_locked")
        raise AccessDenied(t("users.locked", minutes=settings.lockout_minutes))
    matches = password_matches(user.password_hash if user else None, password)
    user_rows.insert_attempt(store, key, now, matches)
    if user is None or not matches:
        audit.record(store, actor, "sign_in_failed")
        raise AccessDenied(t("users.sign_in_failed"))
    audit.record(store, user.name, "sign_in")
    return access_of(user)


def locked_until(store: Store, key: str, settings: Settings) -> dt.datetime | None:
    """When the lockout of this sign-in name ends, or None when it is not locked.

    Locked when the latest failure and the failures in the `lockout_minutes` before it (since
    the last success) number at least `lockout_attempts`; the lock lasts `lockout_minutes`
    from the latest failure.
    """
    latest = user_rows.latest_failure(store, key)
    if latest is None:
        return None
    window = dt.timedelta(minutes=settings.lockout_minutes)
    failures = user_rows.count_recent_failures(store, key, latest - window)
    return latest + window if failures >= settings.lockout_attempts else None


def _attempt_key(name: str, user: UserRecord | None) -> str:
    """The account name; for names without an account a digest, since people sometimes type
    their password into the name field."""
    if user is not None:
        return user.name
    return "?" + hashlib.sha256(_normalised(name).encode()).hexdigest()[:16]


def session_expired(signed_in_at: dt.datetime, now: dt.datetime, settings: Settings) -> bool:
    """True when a sign-in is older than Settings.session_timeout_hours."""
    return now - signed_in_at >= dt.timedelta(hours=settings.session_timeout_hours)


def _normalised(name: str) -> str:
    return name.strip().lower()


def _checked_name(store: Store, name: str) -> str:
    normalised = _normalised(name)
    if not _NAME_PATTERN.match(normalised) or normalised in RESERVED_NAMES:
        raise UserError(t("users.bad_name", name=name))
    if user_rows.read_user(store, normalised) is not None:
        raise UserError(t("users.exists", name=normalised))
    return normalised


def _checked_email(store: Store, email: str | None) -> str | None:
    if email is None or not email.strip():
        return None
    cleaned = email.strip()
    if not _EMAIL_PATTERN.match(cleaned):
        raise UserError(t("users.bad_email", email=cleaned))
    if user_rows.read_user_by_email(store, cleaned) is not None:
        raise UserError(t("users.email_taken", email=cleaned))
    return cleaned


def _checked_role(role: str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise UserError(
            t("users.bad_role", role=role, roles=", ".join(item.value for item in Role))
        ) from None


def _checked_units(store: Store, role: Role, units: Iterable[str]) -> tuple[str, ...]:
    codes = tuple(dict.fromkeys(code.strip() for code in units if code.strip()))
    if role not in ROLES_WITH_UNITS:
        if codes:
            raise UserError(t("users.units_not_for_role", role=role.value))
        return ()
    if not codes:
        raise UserError(t("users.units_required", role=role.value))
    organisation = read_organisation(store)
    known = (
        set(organisation["sector_code"])
        | set(organisation["unit_code"])
        | set(organisation["ansvar"])
    )
    unknown = [code for code in codes if code not in known]
    if unknown:
        raise UserError(t("users.unknown_units", codes=", ".join(unknown)))
    return codes
