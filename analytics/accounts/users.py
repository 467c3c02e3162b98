"""Accounts, sign-in and lockout. Passwords are kept only as argon2id hashes.

A password is never logged, stored, echoed or put in a message. A refused sign-in says the same
thing whether or not the account exists, and takes about as long. Lockout counts the failures
of one name from one address (Settings.lockout_attempts within lockout_minutes), so a stranger
who types a known name cannot lock its owner out elsewhere; when a name fails that often from
anywhere, an alert goes in the audit log for the director and administrators.

Every change to a person's password, role or units ends that person's other sign-ins.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections.abc import Iterable

import pandas as pd
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from analytics.accounts.demo_accounts import DEMO_PASSWORDS, PUBLISHED_PASSWORDS
from analytics.core import audit, clock
from analytics.core.access import Access, Role, require_administrator
from analytics.core.errors import AccessDenied, NotFound, UserError
from analytics.core.settings import Settings, load_settings
from analytics.core.texts import t
from analytics.store import Store
from analytics.store import sessions as session_rows
from analytics.store import tokens as token_rows
from analytics.store import users as user_rows
from analytics.store.audit import read_entries_of
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
    """Raises UserError (without echoing the password) when it is too short or blank, or one
    of the demo passwords, which are published."""
    if len(password.strip()) < MIN_PASSWORD_LENGTH:
        raise UserError(t("users.password_too_short", length=MIN_PASSWORD_LENGTH))
    if password in PUBLISHED_PASSWORDS:
        raise UserError(t("users.password_published"))


def add_user(
    store: Store,
    access: Access,
    name: str,
    role: str,
    units: Iterable[str] = (),
    email: str | None = None,
    password: str | None = None,
) -> UserRecord:
    """Adds an account; unit codes must be sector, unit or ansvar codes of the organisation.

    Without a password the account can sign in only through single sign-on (needs an e-mail).
    """
    require_administrator(access)
    user = UserRecord(
        name=_checked_name(store, name),
        email=_checked_email(store, email),
        role=checked_role(role).value,
        units=checked_units(store, Role(role), units),
        password_hash=None,
        is_demo=False,
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


def add_demo_account(
    store: Store, name: str, role: str, units: Iterable[str], email: str, password: str
) -> UserRecord:
    """A demo account with its published password (the demo builder only)."""
    user = UserRecord(
        name=_checked_name(store, name),
        email=_checked_email(store, email),
        role=checked_role(role).value,
        units=checked_units(store, Role(role), units),
        password_hash=hash_password(password),
        is_demo=True,
        created_at=clock.now(),
    )
    user_rows.insert_user(store, user)
    audit.record(store, "system", "user_change", t("users.audit_added", **_described(user)))
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
    """Deletes the account and its sign-in attempts and ends its sign-ins; NotFound when
    there is none."""
    require_administrator(access)
    user = _existing(store, name)
    if user.name == access.user:
        raise UserError(t("users.cannot_remove_self"))
    user_rows.delete_user(store, user.name)
    session_rows.end_sessions_of(store, user.name, clock.now(), "account_removed")
    audit.record(store, access.user, "user_change", t("users.audit_removed", name=user.name))


def set_password(
    store: Store, access: Access, name: str, password: str, keep_session: str | None = None
) -> None:
    """Sets a new password (an administrator for anyone, a person for themselves) and ends
    the person's sign-ins but `keep_session` (the hash of the caller's own session).

    The account stops being a demo account: a demo password is published in the README.
    """
    if access.user != name:
        require_administrator(access)
    user = _existing(store, name)
    check_password_strength(password)
    user_rows.update_password_hash(store, user.name, hash_password(password), False)
    session_rows.end_sessions_of(store, user.name, clock.now(), "password_changed", keep_session)
    audit.record(store, access.user, "user_change", t("users.audit_password", name=user.name))


def has_local_password(store: Store, access: Access) -> bool:
    """True when the person signs in with a password of the dashboard's own (not only with
    single sign-on)."""
    user = user_rows.read_user(store, access.user)
    return user is not None and user.password_hash is not None


def change_own_password(
    store: Store, access: Access, old: str, new: str, keep_session: str | None
) -> None:
    """A person's new password of their own: the old one first, then the rules of
    `check_password_strength`, and not the old one again. Ends their other sign-ins."""
    user = _existing(store, access.user)
    if user.password_hash is None:
        raise UserError(t("users.no_local_password"))
    if not password_matches(user.password_hash, old):
        audit.record(store, user.name, "password_change_refused")
        raise AccessDenied(t("users.old_password_wrong"))
    if new == old:
        raise UserError(t("users.password_unchanged"))
    set_password(store, access, user.name, new, keep_session)


def change_account(
    store: Store,
    access: Access,
    name: str,
    role: str,
    units: Iterable[str],
    keep_session: str | None = None,
) -> UserRecord:
    """Gives an account a new role and units (checked as for a new account), records what
    changed and ends the person's sign-ins (but `keep_session`), so the change counts at once.

    Returns the account as it is now; raises UserError for a bad role or unit, and for an
    administrator taking away their own administrator role (someone must be left to undo it).
    """
    require_administrator(access)
    user = _existing(store, name)
    new_role = checked_role(role)
    codes = checked_units(store, new_role, units)
    if user.name == access.user and new_role is not Role.ADMINISTRATOR:
        raise UserError(t("users.cannot_demote_self"))
    if (new_role.value, codes) == (user.role, user.units):
        return user
    user_rows.update_role_and_units(store, user.name, new_role.value, codes)
    session_rows.end_sessions_of(store, user.name, clock.now(), "account_changed", keep_session)
    detail = t(
        "users.audit_changed",
        name=user.name,
        old_role=user.role,
        old_units=",".join(user.units) or "-",
        role=new_role.value,
        units=",".join(codes) or "-",
    )
    audit.record(store, access.user, "user_change", detail)
    return _existing(store, user.name)


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


def authenticate(
    store: Store, name: str, password: str, now: dt.datetime, address: str = ""
) -> Access:
    """Checks a local sign-in from `address` (the client's IP address) and records it; the
    person's Access when it succeeds.

    Raises AccessDenied with one message for an unknown name and a wrong password alike, and
    another while the name is locked from this address (after Settings.lockout_attempts
    failures within Settings.lockout_minutes). Every attempt lands in `login_attempts` and the
    audit log, with the address.
    """
    settings = load_settings(store)
    user = user_rows.read_user(store, _normalised(name))
    key = _attempt_key(name, user)
    actor = user.name if user else t("users.unknown_actor")
    where = t("users.audit_from", address=address) if address else ""
    lock_ends = locked_until(store, key, address, settings)
    if lock_ends is not None and lock_ends > now:
        audit.record(store, actor, "sign_in_locked", where)
        raise AccessDenied(t("users.locked", minutes=settings.lockout_minutes))
    matches = password_matches(user.password_hash if user else None, password)
    user_rows.insert_attempt(store, key, address, now, matches)
    if user is None or not matches:
        audit.record(store, actor, "sign_in_failed", where)
        if user is not None:
            _alert_on_repeated_failures(store, user.name, now, settings)
        raise AccessDenied(t("users.sign_in_failed"))
    audit.record(store, user.name, "sign_in", where)
    return access_of(user)


def locked_until(store: Store, key: str, address: str, settings: Settings) -> dt.datetime | None:
    """When the lockout of this sign-in name from this address ends, or None.

    Locked when the latest failure and the failures in the `lockout_minutes` before it (since
    the last success from there) number at least `lockout_attempts`; the lock lasts
    `lockout_minutes` from the latest failure.
    """
    latest = user_rows.latest_failure(store, key, address)
    if latest is None:
        return None
    window = dt.timedelta(minutes=settings.lockout_minutes)
    failures = user_rows.count_recent_failures(store, key, address, latest - window)
    return latest + window if failures >= settings.lockout_attempts else None


def _alert_on_repeated_failures(
    store: Store, name: str, now: dt.datetime, settings: Settings
) -> None:
    """Once per lockout window: an alert in the audit log when a name failed
    `lockout_attempts` times from anywhere, for the director and administrators to see."""
    since = now - dt.timedelta(minutes=settings.lockout_minutes)
    attempts, addresses = user_rows.failures_of_name(store, name, since)
    if attempts < settings.lockout_attempts:
        return
    earlier = read_entries_of(store, "sign_in_alert", since)
    if (earlier["actor"] == name).any():
        return
    detail = t(
        "users.alert",
        name=name,
        attempts=attempts,
        addresses=addresses,
        minutes=settings.lockout_minutes,
    )
    audit.record(store, name, "sign_in_alert", detail)


def sign_in_alerts(store: Store, access: Access, since: dt.datetime) -> list[str]:
    """The alerts of repeated failed sign-ins since a time, newest first, for the director
    and administrators (an empty list for everyone else)."""
    if not (access.sees_everything or access.may_administer):
        return []
    return read_entries_of(store, "sign_in_alert", since)["detail"].tolist()


def accounts_with_demo_password(store: Store) -> list[str]:
    """Names of accounts that still sign in with a published demo password.

    An account counts when it is marked as a demo account, or when it carries a demo account's
    name and that account's demo password still fits its hash. Checking a hash is slow on
    purpose (argon2id), so the answer is kept until an account or password changes.
    """
    return list(_demo_password_accounts(store, user_rows.users_fingerprint(store)))


@functools.lru_cache(maxsize=16)
def _demo_password_accounts(store: Store, fingerprint: str) -> tuple[str, ...]:
    found = []
    for user in user_rows.read_users(store):
        demo_password = DEMO_PASSWORDS.get(user.name)
        if user.is_demo or (
            demo_password is not None and password_matches(user.password_hash, demo_password)
        ):
            found.append(user.name)
    return tuple(found)


def _attempt_key(name: str, user: UserRecord | None) -> str:
    """The account name; for names without an account a digest, since people sometimes type
    their password into the name field."""
    if user is not None:
        return user.name
    return "?" + hashlib.sha256(_normalised(name).encode()).hexdigest()[:16]


def _normalised(name: str) -> str:
    return name.strip().lower()


def checked_account_name(name: str) -> str:
    """The name in lower case, when it may name a person or a service account."""
    normalised = _normalised(name)
    if not _NAME_PATTERN.match(normalised) or normalised in RESERVED_NAMES:
        raise UserError(t("users.bad_name", name=name))
    return normalised


def _checked_name(store: Store, name: str) -> str:
    normalised = checked_account_name(name)
    if user_rows.read_user(store, normalised) is not None:
        raise UserError(t("users.exists", name=normalised))
    if token_rows.read_active_token(store, normalised) is not None:
        raise UserError(t("users.is_service_account", name=normalised))
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


def checked_role(role: str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise UserError(
            t("users.bad_role", role=role, roles=", ".join(item.value for item in Role))
        ) from None


def checked_units(store: Store, role: Role, units: Iterable[str]) -> tuple[str, ...]:
    """The unit codes, once each, when they fit the role and exist in the organisation."""
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
