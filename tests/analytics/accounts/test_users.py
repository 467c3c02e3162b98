"""Accounts, sign-in, lockout and session timeout (analytics/users.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from analytics.accounts import users
from analytics.core.access import Access, Role
from analytics.core.audit import read_audit_log
from analytics.core.errors import AccessDenied, NotFound, UserError
from analytics.core.settings import save_setting
from analytics.store import Store
from analytics.store import users as user_rows
from tests.analytics.accounts.conftest import ADMIN, NOW, PASSWORD, SYSTEM, add_holder


def test_add_user_stores_an_argon2id_hash_and_never_the_password(org_store: Store) -> None:
    add_holder(org_store)
    record = user_rows.read_user(org_store, "kari")
    assert record is not None
    assert record.password_hash is not None and record.password_hash.startswith("$argon2id$")
    assert PASSWORD not in record.password_hash
    assert record.units == ("310",)
    assert record.role == "budget_holder"


@pytest.mark.parametrize(
    ("name", "role", "units", "message"),
    [
        ("x", "viewer", ["310"], "Brukernavnet «x» kan ikke brukes"),
        ("system", "director", [], "Brukernavnet «system» kan ikke brukes"),
        ("ola", "boss", [], "Ukjent rolle «boss»"),
        ("ola", "viewer", [], "trenger minst én enhet"),
        ("ola", "director", ["310"], "skal ikke ha enheter"),
        ("ola", "leader", ["3", "999"], "Disse kodene finnes ikke i organisasjonen: 999."),
    ],
)
def test_add_user_refuses_bad_input_in_norwegian(
    org_store: Store, name: str, role: str, units: list[str], message: str
) -> None:
    with pytest.raises(UserError, match=message):
        users.add_user(org_store, SYSTEM, name, role, units, password=PASSWORD)
    assert user_rows.read_users(org_store) == []


def test_add_user_accepts_sector_unit_and_ansvar_codes(org_store: Store) -> None:
    users.add_user(
        org_store, SYSTEM, "Leder.Helse ", "leader", ["3", "310", "2100"], password=PASSWORD
    )
    assert users.access_for_user(org_store, "leder.helse") == Access(
        "leder.helse", Role.LEADER, frozenset({"3", "310", "2100"})
    )


def test_add_user_refuses_duplicates_short_passwords_and_no_way_to_sign_in(
    org_store: Store,
) -> None:
    add_holder(org_store)
    with pytest.raises(UserError, match="finnes allerede"):
        add_holder(org_store, "KARI")
    with pytest.raises(UserError, match="tilhører allerede"):
        users.add_user(
            org_store, SYSTEM, "ola", "director", email="KARI@example.org", password=PASSWORD
        )
    with pytest.raises(UserError, match="minst 10 tegn") as refused:
        users.add_user(org_store, SYSTEM, "ola", "director", password="kort-pw")
    assert "kort-pw" not in str(refused.value)
    with pytest.raises(UserError, match="passord, eller e-post"):
        users.add_user(org_store, SYSTEM, "ola", "director")


@pytest.mark.parametrize(
    "who",
    [
        Access("direktor", Role.DIRECTOR),
        Access("leder", Role.LEADER, frozenset({"3"})),
        Access("kari", Role.BUDGET_HOLDER, frozenset({"310"})),
        Access("leser", Role.VIEWER, frozenset({"210"})),
    ],
)
def test_only_administrators_manage_users(org_store: Store, who: Access) -> None:
    add_holder(org_store, "per")
    with pytest.raises(AccessDenied):
        users.add_user(org_store, who, "ola", "director", password=PASSWORD)
    with pytest.raises(AccessDenied):
        users.list_users(org_store, who)
    with pytest.raises(AccessDenied):
        users.remove_user(org_store, who, "per")
    with pytest.raises(AccessDenied):
        users.set_password(org_store, who, "per", "nytt-passord-1234")


def test_list_users_shows_no_hashes(org_store: Store) -> None:
    add_holder(org_store)
    users.add_user(org_store, ADMIN, "sso.bruker", "director", email="sso@example.org")
    listed = users.list_users(org_store, ADMIN)
    assert listed[["name", "role", "units", "has_password"]].to_dict("records") == [
        {"name": "kari", "role": "budget_holder", "units": "310", "has_password": True},
        {"name": "sso.bruker", "role": "director", "units": "", "has_password": False},
    ]
    assert not listed.astype(str).apply(lambda column: column.str.contains("argon2")).any().any()


def test_remove_user_deletes_account_and_attempts(org_store: Store) -> None:
    add_holder(org_store)
    with pytest.raises(AccessDenied):
        users.authenticate(org_store, "kari", "feil-passord", NOW)
    users.remove_user(org_store, ADMIN, "kari")
    assert users.access_for_user(org_store, "kari") is None
    assert org_store.value("SELECT count(*) FROM login_attempts WHERE name = 'kari'") == 0
    with pytest.raises(NotFound):
        users.remove_user(org_store, ADMIN, "kari")
    users.add_user(org_store, SYSTEM, "admin", "administrator", password=PASSWORD)
    with pytest.raises(UserError, match="din egen"):
        users.remove_user(org_store, ADMIN, "admin")


def test_set_password_replaces_the_old_one_and_ends_demo_status(org_store: Store) -> None:
    users.add_demo_account(org_store, "kari", "viewer", ["310"], "kari@demo.example", PASSWORD)
    users.set_password(
        org_store, Access("kari", Role.VIEWER, frozenset({"310"})), "kari", "nytt-passord-1234"
    )
    with pytest.raises(AccessDenied):
        users.authenticate(org_store, "kari", PASSWORD, NOW)
    assert users.authenticate(org_store, "kari", "nytt-passord-1234", NOW).user == "kari"
    record = user_rows.read_user(org_store, "kari")
    assert record is not None and not record.is_demo


def test_authenticate_gives_the_access_and_records_it(org_store: Store) -> None:
    add_holder(org_store)
    access = users.authenticate(org_store, " Kari ", PASSWORD, NOW)
    assert access == Access("kari", Role.BUDGET_HOLDER, frozenset({"310"}))
    log = read_audit_log(org_store)
    assert log.iloc[0][["actor", "action"]].tolist() == ["kari", "sign_in"]


def test_refusal_does_not_tell_whether_the_account_exists(org_store: Store) -> None:
    add_holder(org_store)
    with pytest.raises(AccessDenied) as wrong_password:
        users.authenticate(org_store, "kari", "feil-passord", NOW)
    with pytest.raises(AccessDenied) as no_account:
        users.authenticate(org_store, "finnes.ikke", "feil-passord", NOW)
    assert str(wrong_password.value) == str(no_account.value) == "Feil brukernavn eller passord."
    sso_only = "sso.bruker"
    users.add_user(org_store, SYSTEM, sso_only, "director", email="sso@example.org")
    with pytest.raises(AccessDenied, match="Feil brukernavn eller passord"):
        users.authenticate(org_store, sso_only, "", NOW)


def test_lockout_after_five_failures_for_fifteen_minutes(org_store: Store) -> None:
    add_holder(org_store)
    for minute in range(5):
        with pytest.raises(AccessDenied, match="Feil brukernavn"):
            users.authenticate(
                org_store, "kari", "feil-passord", NOW + dt.timedelta(minutes=minute)
            )
    last_failure = NOW + dt.timedelta(minutes=4)
    with pytest.raises(AccessDenied, match="Vent 15 minutter"):
        users.authenticate(org_store, "kari", PASSWORD, last_failure + dt.timedelta(minutes=14))
    access = users.authenticate(
        org_store, "kari", PASSWORD, last_failure + dt.timedelta(minutes=15)
    )
    assert access.user == "kari"
    # A success starts the count again.
    with pytest.raises(AccessDenied, match="Feil brukernavn"):
        users.authenticate(
            org_store, "kari", "feil-passord", last_failure + dt.timedelta(minutes=16)
        )


def test_lockout_uses_the_settings_and_locks_unknown_names_alike(org_store: Store) -> None:
    save_setting(org_store, "lockout_attempts", 2)
    save_setting(org_store, "lockout_minutes", 30)
    for name in ("kari", "finnes.ikke"):
        if name == "kari":
            add_holder(org_store)
        for _ in range(2):
            with pytest.raises(AccessDenied, match="Feil brukernavn"):
                users.authenticate(org_store, name, "feil-passord", NOW)
        with pytest.raises(AccessDenied, match="Vent 30 minutter"):
            users.authenticate(org_store, name, PASSWORD, NOW + dt.timedelta(minutes=29))
    stored_names = {row[0] for row in org_store.rows("SELECT name FROM login_attempts")}
    assert "finnes.ikke" not in stored_names  # a typed name without account is kept as a digest


def test_failures_spread_out_do_not_lock(org_store: Store) -> None:
    add_holder(org_store)
    for step in range(6):
        with pytest.raises(AccessDenied, match="Feil brukernavn"):
            users.authenticate(
                org_store, "kari", "feil-passord", NOW + dt.timedelta(minutes=4 * step)
            )
    assert (
        users.authenticate(org_store, "kari", PASSWORD, NOW + dt.timedelta(minutes=21)).user
        == "kari"
    )


def test_access_for_email_ignores_case_and_returns_none_for_strangers(org_store: Store) -> None:
    add_holder(org_store)
    assert users.access_for_email(org_store, " KARI@Example.org ") == Access(
        "kari", Role.BUDGET_HOLDER, frozenset({"310"})
    )
    assert users.access_for_email(org_store, "ukjent@example.org") is None


def test_password_appears_nowhere_in_the_store(org_store: Store) -> None:
    add_holder(org_store)
    users.set_password(org_store, ADMIN, "kari", PASSWORD + "-ny")
    for attempt in (PASSWORD, PASSWORD + "-ny", PASSWORD + "-feil"):
        try:
            users.authenticate(org_store, "kari", attempt, NOW)
        except AccessDenied as error:
            assert PASSWORD not in str(error)
    # Someone types their password into the name field.
    with pytest.raises(AccessDenied) as refused:
        users.authenticate(org_store, PASSWORD, PASSWORD, NOW)
    assert PASSWORD not in str(refused.value)
    assert_text_nowhere_in_store(org_store, PASSWORD)


def assert_text_nowhere_in_store(store: Store, secret: str) -> None:
    """No text column of any table holds `secret`, and neither do the file's bytes."""
    columns = store.rows(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE data_type = 'VARCHAR' AND table_schema = 'main'"
    )
    for table, column in columns:
        hits = store.value(
            f'SELECT count(*) FROM "{table}" WHERE position(? IN "{column}") > 0', [secret]
        )
        assert hits == 0, f"{table}.{column}"
    store.cursor().execute("CHECKPOINT")
    assert secret.encode() not in store.path.read_bytes()
