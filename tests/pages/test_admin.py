"""The Administrasjon page: users, audit log and settings, for administrators only."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analytics.core.settings import load_settings
from analytics.store import open_store
from analytics.store import users as user_rows
from tests.pages.conftest import make_app, unescaped

NEW_PASSWORD = "et-helt-nytt-passord-77"


def open_admin(demo_db: Path, monkeypatch: pytest.MonkeyPatch, user: str = "admin") -> AppTest:
    app = make_app(demo_db, monkeypatch, user=user)
    app.switch_page("pages/admin.py")
    app.run()
    assert not app.exception
    return app


@pytest.mark.parametrize("user", ["direktor", "leser.skole"])
def test_only_administrators_have_it_in_the_menu(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, user: str
) -> None:
    app = make_app(demo_db, monkeypatch, user=user)
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        app.switch_page("pages/admin.py")


def test_lists_users_and_the_audit_log(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = open_admin(demo_db, monkeypatch)
    users, log = app.dataframe[0].value, app.dataframe[1].value
    assert users["Brukernavn"].tolist() == [
        "admin",
        "budsjett.sykehjem",
        "direktor",
        "leder.helse",
        "leser.skole",
        "politiker",
    ]
    assert users.loc[users["Brukernavn"] == "leder.helse", "Rolle"].item() == "Leder"
    assert "argon2" not in users.to_string()
    assert log.iloc[0][["Hvem", "Hva"]].tolist() == ["admin", "Innlogging"]


def test_adds_a_user_and_refuses_bad_input(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = open_admin(demo_db, monkeypatch)
    app.text_input(key="admin_new_name").input("Máret.Sara")
    app.selectbox(key="admin_new_role").set_value("budget_holder")
    app.multiselect(key="admin_new_units").set_value(["310"])
    app.text_input(key="admin_new_password").input("for-kort")
    app.button(key="admin_add_submit").click().run()
    assert [error.value for error in app.error] == ["Passordet må ha minst 10 tegn."]
    assert user_rows.read_user(open_store(demo_db), "máret.sara") is None

    app.text_input(key="admin_new_name").input("Máret.Sara")
    app.selectbox(key="admin_new_role").set_value("budget_holder")
    app.multiselect(key="admin_new_units").set_value(["310"])
    app.text_input(key="admin_new_password").input(NEW_PASSWORD)
    app.button(key="admin_add_submit").click().run()
    assert not app.error
    added = user_rows.read_user(open_store(demo_db), "máret.sara")
    assert added is not None and (added.role, added.units) == ("budget_holder", ("310",))
    assert "máret.sara" in app.dataframe[0].value["Brukernavn"].tolist()


def test_resets_a_password_and_removes_a_user(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_admin(demo_db, monkeypatch)
    app.selectbox(key="admin_password_user").set_value("leser.skole")
    app.text_input(key="admin_reset_password").input(NEW_PASSWORD)
    app.button(key="admin_password_submit").click().run()
    record = user_rows.read_user(open_store(demo_db), "leser.skole")
    assert record is not None and not record.is_demo
    app.selectbox(key="admin_remove_user").set_value("leder.helse")
    app.button(key="admin_remove_submit").click().run()
    assert user_rows.read_user(open_store(demo_db), "leder.helse") is None
    details = app.dataframe[1].value["Detaljer"].tolist()
    assert "Fjernet leder.helse" in details and "Nytt passord for leser.skole" in details
    assert NEW_PASSWORD not in app.dataframe[1].value.to_string()


def test_saves_settings_with_help_texts(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = open_admin(demo_db, monkeypatch)
    timeout = app.text_input(key="setting_session_timeout_hours")
    assert timeout.label == "Innloggingen utløper etter så mange timer."
    assert "Standard: 8.0" in timeout.help
    timeout.input("4,5")
    app.button(key="admin_settings_submit").click().run()
    assert load_settings(open_store(demo_db)).session_timeout_hours == 4.5
    app.text_input(key="setting_lockout_attempts").input("mange")
    app.button(key="admin_settings_submit").click().run()
    assert "lockout_attempts må være et tall" in unescaped(app.error[0].value)
    assert load_settings(open_store(demo_db)).lockout_attempts == 5


def test_changes_role_and_units_in_place_and_the_person_signs_in_again(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from analytics.accounts.sessions import check_session, sign_in
    from analytics.demo.users import DEMO_PASSWORDS

    store = open_store(demo_db)
    theirs, _ = sign_in(store, "leser.skole", DEMO_PASSWORDS["leser.skole"], "10.1.1.1")
    app = open_admin(demo_db, monkeypatch)
    app.selectbox(key="admin_edit_user").set_value("leser.skole").run()
    assert app.selectbox(key="admin_edit_role_leser.skole").value == "viewer"
    app.selectbox(key="admin_edit_role_leser.skole").set_value("budget_holder")
    app.multiselect(key="admin_edit_units_leser.skole").set_value(["310"])
    app.button(key="admin_edit_submit").click().run()
    assert not app.error
    record = user_rows.read_user(store, "leser.skole")
    assert record is not None and (record.role, record.units) == ("budget_holder", ("310",))
    assert check_session(store, theirs).reason == "account_changed"
    details = app.dataframe[1].value["Detaljer"].tolist()
    assert "leser.skole: rolle viewer → budget_holder, enheter 210 → 310" in details
