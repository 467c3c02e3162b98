"""Min konto: a person changes their own password and signs out elsewhere (pages/konto.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analytics.accounts.sessions import check_session, sign_in
from analytics.accounts.users import authenticate
from analytics.core import clock
from analytics.demo.users import DEMO_PASSWORDS
from analytics.store import open_store
from tests.pages.conftest import make_app, session_of, unescaped

NEW_PASSWORD = "mitt-eget-nye-passord"


def open_account(demo_db: Path, monkeypatch: pytest.MonkeyPatch, user: str) -> AppTest:
    app = make_app(demo_db, monkeypatch, user=user)
    app.switch_page("pages/konto.py").run()
    assert not app.exception
    return app


def change(app: AppTest, old: str, new: str, again: str | None = None) -> AppTest:
    app.text_input(key="account_old").input(old)
    app.text_input(key="account_new").input(new)
    app.text_input(key="account_again").input(new if again is None else again)
    return app.button(key="account_password_submit").click().run()


def test_a_new_password_of_ones_own_ends_the_other_sign_ins(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_account(demo_db, monkeypatch, "budsjett.sykehjem")
    store = open_store(demo_db)
    elsewhere, _ = sign_in(
        store, "budsjett.sykehjem", DEMO_PASSWORDS["budsjett.sykehjem"], "10.9.9.9"
    )
    change(app, DEMO_PASSWORDS["budsjett.sykehjem"], NEW_PASSWORD)
    assert [s.value for s in app.success] == [
        "Passordet er byttet. Du er logget ut alle andre steder."
    ]
    assert check_session(store, session_of(app)).access is not None  # still signed in here
    assert check_session(store, elsewhere).reason == "password_changed"
    assert (
        authenticate(store, "budsjett.sykehjem", NEW_PASSWORD, clock.now()).user
        == "budsjett.sykehjem"
    )


@pytest.mark.parametrize(
    ("old", "new", "again", "message"),
    [
        ("feil-gammelt-passord", NEW_PASSWORD, None, "Det nåværende passordet stemmer ikke"),
        (DEMO_PASSWORDS["leser.skole"], "kort", None, "minst 10 tegn"),
        (DEMO_PASSWORDS["leser.skole"], DEMO_PASSWORDS["direktor"], None, "demopassordene"),
        (DEMO_PASSWORDS["leser.skole"], NEW_PASSWORD, "noe-helt-annet-her", "ikke like"),
    ],
)
def test_a_refused_password_changes_nothing(
    demo_db: Path,
    monkeypatch: pytest.MonkeyPatch,
    old: str,
    new: str,
    again: str | None,
    message: str,
) -> None:
    app = change(open_account(demo_db, monkeypatch, "leser.skole"), old, new, again)
    assert message in unescaped(app.error[0].value)
    assert new not in unescaped(app.error[0].value)
    store = open_store(demo_db)
    assert (
        authenticate(store, "leser.skole", DEMO_PASSWORDS["leser.skole"], clock.now()).user
        == "leser.skole"
    )


def test_signing_out_everywhere_else(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = open_account(demo_db, monkeypatch, "leder.helse")
    store = open_store(demo_db)
    elsewhere, _ = sign_in(store, "leder.helse", DEMO_PASSWORDS["leder.helse"], "10.9.9.9")
    app.run()
    assert any("Du er logget inn 2 steder" in caption.value for caption in app.caption)
    app.button(key="account_end_others").click().run()
    assert check_session(store, elsewhere).reason == "signed_out"
    assert check_session(store, session_of(app)).access is not None
