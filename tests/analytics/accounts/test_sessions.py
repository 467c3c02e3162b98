"""Lasting sign-ins (analytics/accounts/sessions.py), what ends them, lockout by name and
address, and the alert the director sees."""

from __future__ import annotations

import datetime as dt

import pytest

from analytics.accounts import sessions, users
from analytics.core import clock
from analytics.core.access import Access, Role
from analytics.core.audit import read_audit_log
from analytics.core.errors import AccessDenied, UserError
from analytics.core.settings import save_setting
from analytics.store import Store
from tests.analytics.accounts.conftest import ADMIN, PASSWORD, add_holder

HOME, STRANGER = "10.1.2.3", "198.51.100.7"
NEW_PASSWORD = "et-nytt-og-langt-passord"


def signed_in(store: Store, name: str = "kari", address: str = HOME) -> str:
    token, _ = sessions.sign_in(store, name, PASSWORD, address)
    return token


def test_a_sign_in_gives_a_random_token_and_only_its_hash_is_stored(org_store: Store) -> None:
    add_holder(org_store)
    token = signed_in(org_store)
    other = signed_in(org_store)
    assert token != other and len(token) >= 40
    check = sessions.check_session(org_store, token)
    assert check.access == Access("kari", Role.BUDGET_HOLDER, frozenset({"310"}))
    assert check.reason is None
    stored = org_store.rows("SELECT * FROM sign_in_sessions")
    assert token not in str(stored) and sessions.token_hash(token) in str(stored)
    assert (
        org_store.value(
            "SELECT address FROM sign_in_sessions WHERE token_hash = ?",
            [sessions.token_hash(token)],
        )
        == HOME
    )


def test_a_wrong_password_gives_no_session(org_store: Store) -> None:
    add_holder(org_store)
    with pytest.raises(AccessDenied, match="Feil brukernavn eller passord"):
        sessions.sign_in(org_store, "kari", "feil-passord-1", HOME)
    assert org_store.value("SELECT count(*) FROM sign_in_sessions") == 0


@pytest.mark.parametrize("token", [None, "", "tull", "kdb_noe"])
def test_an_unknown_token_is_no_one(org_store: Store, token: str | None) -> None:
    assert sessions.check_session(org_store, token).reason == "unknown"


def test_signing_out_ends_the_session_at_once_and_is_recorded(org_store: Store) -> None:
    add_holder(org_store)
    token = signed_in(org_store)
    sessions.end_session(org_store, token, "kari")
    sessions.end_session(org_store, token, "kari")  # twice: recorded once
    check = sessions.check_session(org_store, token)
    assert (check.access, check.reason) == (None, "signed_out")
    log = read_audit_log(org_store)
    assert (log["action"] == "sign_out").sum() == 1


def test_a_session_expires_after_the_timeout_and_a_shorter_timeout_counts_at_once(
    org_store: Store,
) -> None:
    add_holder(org_store)
    started = clock.now()
    token = sessions.start_session(org_store, "kari", HOME, False, started)
    later = started + dt.timedelta(hours=7, minutes=59)
    assert sessions.check_session(org_store, token, later).access is not None
    save_setting(org_store, "session_timeout_hours", 2.0)
    assert sessions.check_session(org_store, token, later).reason == "expired"
    assert sessions.check_session(org_store, token, started).reason == "expired"  # ended now


def test_a_new_password_ends_the_other_sessions_but_not_this_one(org_store: Store) -> None:
    add_holder(org_store)
    here, elsewhere = signed_in(org_store), signed_in(org_store, address=STRANGER)
    kari = sessions.check_session(org_store, here).access
    assert kari is not None
    users.change_own_password(org_store, kari, PASSWORD, NEW_PASSWORD, sessions.token_hash(here))
    assert sessions.check_session(org_store, here).access == kari
    assert sessions.check_session(org_store, elsewhere).reason == "password_changed"
    assert users.authenticate(org_store, "kari", NEW_PASSWORD, clock.now()).user == "kari"


def test_changing_ones_own_password_asks_for_the_old_one_and_refuses_weak_ones(
    org_store: Store,
) -> None:
    add_holder(org_store)
    kari = Access("kari", Role.BUDGET_HOLDER, frozenset({"310"}))
    with pytest.raises(AccessDenied, match="nåværende passordet stemmer ikke"):
        users.change_own_password(org_store, kari, "gjettet-feil-1", NEW_PASSWORD, None)
    for weak, message in [
        ("kort", "minst 10 tegn"),
        ("demo-budsjett", "demopassordene"),
        (PASSWORD, "det samme som det gamle"),
    ]:
        with pytest.raises(UserError, match=message):
            users.change_own_password(org_store, kari, PASSWORD, weak, None)
    actions = read_audit_log(org_store)["action"].tolist()
    assert "password_change_refused" in actions
    assert users.authenticate(org_store, "kari", PASSWORD, clock.now()).user == "kari"


def test_an_administrator_changes_role_and_units_in_place_and_the_person_signs_in_again(
    org_store: Store,
) -> None:
    add_holder(org_store)
    token = signed_in(org_store)
    changed = users.change_account(org_store, ADMIN, "kari", "leader", ["3"])
    assert (changed.role, changed.units) == ("leader", ("3",))
    assert sessions.check_session(org_store, token).reason == "account_changed"
    fresh = signed_in(org_store)
    assert sessions.check_session(org_store, fresh).access == Access(
        "kari", Role.LEADER, frozenset({"3"})
    )
    newest = read_audit_log(org_store, limit=5)
    detail = newest.loc[newest["action"] == "user_change", "detail"].iloc[0]
    assert detail == "kari: rolle budget_holder → leader, enheter 310 → 3"


def test_changing_an_account_is_checked_like_adding_one(org_store: Store) -> None:
    add_holder(org_store)
    with pytest.raises(UserError, match="finnes ikke i organisasjonen"):
        users.change_account(org_store, ADMIN, "kari", "budget_holder", ["999"])
    with pytest.raises(UserError, match="skal ikke ha enheter"):
        users.change_account(org_store, ADMIN, "kari", "director", ["310"])
    with pytest.raises(AccessDenied):
        users.change_account(org_store, Access("kari", Role.BUDGET_HOLDER), "kari", "director", [])
    users.add_user(org_store, Access.system(), "admin", "administrator", password=PASSWORD)
    with pytest.raises(UserError, match="administratorrollen"):
        users.change_account(org_store, ADMIN, "admin", "director", [])


def test_removing_an_account_ends_its_sessions(org_store: Store) -> None:
    add_holder(org_store)
    token = signed_in(org_store)
    users.remove_user(org_store, ADMIN, "kari")
    assert sessions.check_session(org_store, token).reason == "account_removed"


def test_a_stranger_locks_a_name_only_from_their_own_address(org_store: Store) -> None:
    add_holder(org_store)
    for _ in range(5):
        with pytest.raises(AccessDenied, match="Feil brukernavn"):
            sessions.sign_in(org_store, "kari", "gjetter-passord", STRANGER)
    with pytest.raises(AccessDenied, match="Vent 15 minutter"):
        sessions.sign_in(org_store, "kari", PASSWORD, STRANGER)
    token, access = sessions.sign_in(org_store, "kari", PASSWORD, HOME)
    assert access.user == "kari" and sessions.check_session(org_store, token).access is not None


def test_repeated_failures_alert_the_director_once(org_store: Store) -> None:
    add_holder(org_store)
    for address in (
        "198.51.100.1",
        "198.51.100.2",
        "198.51.100.3",
        "198.51.100.4",
        "198.51.100.5",
        "198.51.100.6",
    ):
        with pytest.raises(AccessDenied):
            sessions.sign_in(org_store, "kari", "gjetter-passord", address)
    since = clock.now() - dt.timedelta(hours=1)
    director = Access("direktor", Role.DIRECTOR)
    alerts = users.sign_in_alerts(org_store, director, since)
    assert alerts == ["5 mislykkede innlogginger for «kari» fra 5 adresse(r) de siste 15 minuttene"]
    assert users.sign_in_alerts(org_store, Access("kari", Role.BUDGET_HOLDER), since) == []
    assert users.sign_in_alerts(org_store, ADMIN, since) == alerts


def test_single_sign_on_starts_a_session_for_the_account_of_the_email(org_store: Store) -> None:
    add_holder(org_store)
    signed = sessions.sign_in_by_email(org_store, "KARI@example.org", HOME)
    assert signed is not None
    token, access = signed
    check = sessions.check_session(org_store, token)
    assert check.access == access and check.single_sign_on
    assert sessions.sign_in_by_email(org_store, "fremmed@example.org", HOME) is None
    log = read_audit_log(org_store, limit=2)[["actor", "action", "detail"]].values.tolist()
    assert log == [
        ["fremmed@example.org", "sign_in_failed", "sso"],
        ["kari", "sign_in", "sso"],
    ]


def test_signing_out_everywhere_else(org_store: Store) -> None:
    add_holder(org_store)
    here, there = signed_in(org_store), signed_in(org_store, address=STRANGER)
    kari = sessions.check_session(org_store, here).access
    assert kari is not None and sessions.open_session_count(org_store, kari) == 2
    assert sessions.end_other_sessions(org_store, kari, sessions.token_hash(here)) == 1
    assert sessions.check_session(org_store, there).reason == "signed_out"
    assert sessions.open_session_count(org_store, kari) == 1
