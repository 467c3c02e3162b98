"""Who is signed in, in the app itself (ui/auth.py, app.py): the session checked on every run,
what ends it, the menu of each role, and the demo-password guard. The sign-in page and the
cookie are tested over HTTP in tests/server/test_signin.py and in the browser tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from analytics.accounts.sessions import end_session
from analytics.accounts.users import change_account, remove_user, set_password
from analytics.core.access import Access, Role
from analytics.core.audit import read_audit_log
from analytics.store import open_store
from analytics.store.settings import mark_demo
from tests.pages.conftest import make_app, session_of, unescaped

ADMIN = Access("admin", Role.ADMINISTRATOR)


def shown_text(app) -> str:  # type: ignore[no-untyped-def]
    parts = [
        element.value
        for kind in ("title", "markdown", "info", "warning", "error", "caption")
        for element in getattr(app, kind)
    ]
    return unescaped("\n".join(str(part) for part in parts))


def test_nobody_sees_pages_or_data_before_signing_in(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(demo_db, monkeypatch, user=None)
    app.query_params["omrade"] = "enhet:310"
    app.run()
    assert not app.exception
    assert [title.value for title in app.title] == ["Logg inn"]
    assert "Du er ikke logget inn." in shown_text(app)
    assert not any(box.key == "sidebar_scope" for box in app.selectbox)
    assert not app.dataframe and not app.get("plotly_chart")
    (button,) = app.get("link_button")
    assert button.proto.url.startswith("/logg-inn?neste=")  # type: ignore[attr-defined]


def test_signed_in_and_signing_out(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(demo_db, monkeypatch, user="direktor")
    assert "Innlogget som direktor (Kommunedirektør)" in shown_text(app)
    units = app.selectbox(key="sidebar_scope").options
    assert (
        units[0] == "Hele kommunen" and len(units) == 1 + 6 + 29
    )  # sectors and units (the finance sector 9 too)
    app.button(key="logout_button").click().run()
    app.run()
    assert [title.value for title in app.title] == ["Logg inn"]
    assert "Du er logget ut." in shown_text(app)
    assert not any(box.key == "sidebar_scope" for box in app.selectbox)
    actions = read_audit_log(open_store(demo_db), limit=2)["action"].tolist()
    assert actions == ["sign_out", "sign_in"]


@pytest.mark.parametrize(
    ("change", "notice"),
    [
        (
            lambda store: set_password(store, ADMIN, "leser.skole", "helt-nytt-passord-1"),
            "Passordet ditt er endret",
        ),
        (
            lambda store: change_account(store, ADMIN, "leser.skole", "viewer", ["220"]),
            "Rollen eller enhetene dine er endret",
        ),
        (lambda store: remove_user(store, ADMIN, "leser.skole"), "Brukeren din finnes ikke lenger"),
    ],
)
def test_a_change_to_the_account_signs_the_person_out_at_once(
    demo_db: Path,
    monkeypatch: pytest.MonkeyPatch,
    change,
    notice: str,  # type: ignore[no-untyped-def]
) -> None:
    app = make_app(demo_db, monkeypatch, user="leser.skole")
    change(open_store(demo_db))
    app.run()
    assert [title.value for title in app.title] == ["Logg inn"]
    assert notice in shown_text(app)


def test_a_session_ended_elsewhere_ends_here(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(demo_db, monkeypatch, user="leser.skole")
    end_session(open_store(demo_db), session_of(app), "leser.skole")
    app.run()
    assert "Du er logget ut." in shown_text(app)


def test_an_expired_session_is_refused(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(demo_db, monkeypatch, user="leser.skole")
    store = open_store(demo_db)
    store.cursor().execute("UPDATE sign_in_sessions SET created_at = created_at - INTERVAL 9 HOUR")
    app.run()
    assert "Innloggingen er utløpt" in shown_text(app)


READER_PAGES = [
    "kompass",
    "konto",
    "last_opp",  # the upload history, with a note that a viewer uploads nothing
    "okonomi",
    "oversikt",
    "program",
    "rapport",
    "sykefravaer",
    "verksted",
]


@pytest.mark.parametrize(
    ("user", "pages"),
    [
        ("admin", [*READER_PAGES, "tertial", "admin"]),
        ("direktor", [*READER_PAGES, "tertial"]),
        ("leder.helse", [*READER_PAGES, "tertial"]),
        ("budsjett.sykehjem", READER_PAGES),
        ("leser.skole", READER_PAGES),
    ],
)
def test_the_menu_shows_the_pages_of_the_role(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, user: str, pages: list[str]
) -> None:
    app = make_app(demo_db, monkeypatch, user=user)
    for page in pages:
        app.switch_page(f"pages/{page}.py").run()
        assert not app.exception, page
    for hidden in {"admin", "tertial"} - set(pages):
        with pytest.raises(ValueError, match="Could not find a navigation page"):
            app.switch_page(f"pages/{hidden}.py")


def test_refuses_to_start_on_real_data_with_a_demo_password(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mark_demo(open_store(demo_db), False)
    app = make_app(demo_db, monkeypatch, user=None)
    app.run()
    assert not app.exception
    assert "Appen starter ikke" in app.error[0].value and "budsjett" in unescaped(
        app.error[0].value
    )
    assert not app.get("link_button")


def test_the_director_is_told_of_repeated_failed_sign_ins(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from analytics.accounts.sessions import sign_in
    from analytics.core.errors import AccessDenied

    store = open_store(demo_db)
    for number in range(5):
        with pytest.raises(AccessDenied):
            sign_in(store, "admin", "gjetter-passord", f"198.51.100.{number}")
    app = make_app(demo_db, monkeypatch, user="direktor")
    assert any("mislykkede innlogginger for «admin»" in unescaped(w.value) for w in app.warning)
    viewer = make_app(demo_db, monkeypatch, user="leser.skole")
    assert not any("mislykkede" in w.value for w in viewer.warning)
