"""Sign-in, sign-out, timeout, single sign-on and the demo-password guard (ui/auth.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analytics.accounts.users import remove_user
from analytics.core.access import Access
from analytics.core.audit import read_audit_log
from analytics.store import open_store
from analytics.store.settings import mark_demo
from tests.pages.conftest import make_app, sign_in
from ui.auth import SESSION_KEY, SignedIn

SSO_SECRETS = {
    "auth": {
        "redirect_uri": "http://localhost:8501/oauth2callback",
        "cookie_secret": "en-lang-tilfeldig-hemmelighet-for-test",
        "client_id": "dashbord",
        "client_secret": "hemmelig",
        "server_metadata_url": "http://localhost:9/.well-known/openid-configuration",
    }
}


def shown_text(app: AppTest) -> str:
    parts = [
        element.value
        for kind in ("title", "markdown", "info", "warning", "error", "caption")
        for element in getattr(app, kind)
    ]
    return "\n".join(str(part) for part in parts)


def test_nobody_sees_pages_or_data_before_signing_in(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(demo_db, monkeypatch, user=None)
    app.query_params["omrade"] = "enhet:310"
    app.run()
    assert not app.exception
    assert [title.value for title in app.title] == ["Logg inn"]
    assert [widget.key for widget in app.text_input] == ["login_name", "login_password"]
    assert not any(box.key == "sidebar_scope" for box in app.selectbox)
    assert "demokontoer" in shown_text(app)
    demo_accounts = app.dataframe[0].value
    assert demo_accounts["Brukernavn"].tolist() == [
        "admin",
        "direktor",
        "leder.helse",
        "budsjett.sykehjem",
        "leser.skole",
    ]
    assert "demo-budsjett" in demo_accounts["Passord"].tolist()


def test_wrong_password_is_refused_without_echo(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(demo_db, monkeypatch, user=None)
    app.run()
    app.text_input(key="login_name").input("direktor")
    app.text_input(key="login_password").input("gjett-passord-123")
    app.button(key="login_submit").click().run()
    assert [error.value for error in app.error] == ["Feil brukernavn eller passord."]
    assert app.session_state.get(SESSION_KEY) is None
    assert "gjett-passord-123" not in shown_text(app)
    store = open_store(demo_db)
    assert read_audit_log(store, limit=1)[["actor", "action"]].values.tolist() == [
        ["direktor", "sign_in_failed"]
    ]


def test_sign_in_and_sign_out(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(demo_db, monkeypatch, user="direktor")
    app.run()
    assert "Innlogget som direktor (Kommunedirektør)" in shown_text(app)
    units = app.selectbox(key="sidebar_scope").options
    assert units[0] == "Hele kommunen" and len(units) == 1 + 5 + 28  # sectors and units
    app.button(key="logout_button").click().run()
    assert [title.value for title in app.title] == ["Logg inn"]
    assert "Du er logget ut." in shown_text(app)
    assert not any(box.key == "sidebar_scope" for box in app.selectbox)
    actions = read_audit_log(open_store(demo_db), limit=2)["action"].tolist()
    assert actions == ["sign_out", "sign_in"]


def test_sign_in_expires_after_the_timeout(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(demo_db, monkeypatch, user="leser.skole")
    app.session_state[SESSION_KEY] = SignedIn(
        "leser.skole", dt.datetime.now() - dt.timedelta(hours=8, minutes=1)
    )
    app.run()
    assert [title.value for title in app.title] == ["Logg inn"]
    assert "Innloggingen er utløpt" in shown_text(app)


def test_a_removed_account_is_signed_out_at_once(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(demo_db, monkeypatch, user="leser.skole")
    remove_user(open_store(demo_db), Access.system(), "leser.skole")
    app.run()
    assert [title.value for title in app.title] == ["Logg inn"]
    assert "finnes ikke lenger" in shown_text(app)


def test_refuses_to_start_on_real_data_with_a_demo_password(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mark_demo(open_store(demo_db), False)
    app = make_app(demo_db, monkeypatch, user=None)
    app.run()
    assert not app.exception
    assert "Appen starter ikke" in app.error[0].value and "budsjett.sykehjem" in app.error[0].value
    assert not app.text_input  # not even the sign-in form


def test_single_sign_on_matches_the_email_to_an_account(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(demo_db, monkeypatch, user=None)
    app.secrets.update(SSO_SECRETS)
    app.user = {"is_logged_in": True, "email": "Budsjett.Sykehjem@demo.example"}
    app.run()
    assert not app.exception
    assert app.session_state[SESSION_KEY].name == "budsjett.sykehjem"
    assert app.selectbox(key="sidebar_scope").options == [
        "\u2003\u2003310 Čáhppesvuona dikšoruoktu (sykehjem)"
    ]
    assert read_audit_log(open_store(demo_db), limit=1)[["actor", "detail"]].values.tolist() == [
        ["budsjett.sykehjem", "sso"]
    ]


def test_single_sign_on_with_an_unknown_email_gets_no_data(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(demo_db, monkeypatch, user=None)
    app.secrets.update(SSO_SECRETS)
    app.user = {"is_logged_in": True, "email": "fremmed@example.org"}
    app.run()
    assert app.session_state.get(SESSION_KEY) is None
    assert "fremmed@example.org, men den e-postadressen har ingen bruker" in shown_text(app)
    assert not any(box.key == "sidebar_scope" for box in app.selectbox)
    app.run()
    failures = read_audit_log(open_store(demo_db))
    assert (failures["action"] == "sign_in_failed").sum() == 1  # recorded once per session


def test_single_sign_on_button_when_configured(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(demo_db, monkeypatch, user=None)
    app.secrets.update(SSO_SECRETS)
    app.user = {"is_logged_in": False}
    app.run()
    assert app.button(key="sso_login").label == "Logg inn med kommunens pålogging"
    assert app.text_input(key="login_name")  # local accounts still work beside it


def test_sign_in_helper_uses_the_form(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(demo_db, monkeypatch, user=None)
    with pytest.raises(AssertionError):
        sign_in(app, "direktor", "demo-admin")
