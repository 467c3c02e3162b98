"""AppTest helpers: run the real app.py against a database file, as a given person."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest

from analytics.accounts.sessions import check_session
from analytics.accounts.sessions import sign_in as start_signed_in
from analytics.accounts.users import access_for_user, add_user
from analytics.core.access import Access
from analytics.demo.users import DEMO_ACCOUNTS, DEMO_PASSWORDS, demo_units
from analytics.store import open_store
from analytics.store.db import close_all
from analytics.store.organisation import read_organisation
from analytics.store.settings import is_demo
from ui.auth import SESSION_TOKEN_KEY

# AppTest resolves a relative path against the calling file, so give it the absolute one.
APP_PATH = Path(__file__).resolve().parents[2] / "app.py"
# For a database without demo accounts the person is added with this password first.
TEST_PASSWORD = "test-passord-for-sider"


def make_app(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, user: str | None = "direktor"
) -> AppTest:
    """An AppTest of app.py on this database, with `user` signed in (None: nobody). On the demo
    database the demo accounts and their published passwords are used; elsewhere the demo
    account of that name is added with TEST_PASSWORD."""
    monkeypatch.setenv("KOMMUNE_DB", str(db_path))
    _run_app_py_every_time(monkeypatch)
    app = AppTest.from_file(str(APP_PATH), default_timeout=60)
    if user is not None:
        sign_in(app, user, _password_for(db_path, user))
    return app


def _run_app_py_every_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Makes every AppTest run start with app.py (sign-in, sidebar), as a real server does.

    AppTest forgets before each run that app.py uses st.navigation; with a `pages/` folder
    beside it, a run after the first would then execute only the page's file, skipping app.py.
    """
    original_init = PagesManager.__init__

    def init_as_navigation_app(self: PagesManager, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    monkeypatch.setattr(PagesManager, "__init__", init_as_navigation_app)


def sign_in(app: AppTest, name: str, password: str, address: str = "apptest") -> AppTest:
    """Signs in as the sign-in page does (the password is checked, a session is stored) and
    gives the session to the AppTest, which has no browser to hold the cookie."""
    store = open_store(_db_of(app))
    token, _ = start_signed_in(store, name, password, address)
    app.session_state[SESSION_TOKEN_KEY] = token
    app.run()
    assert not app.exception, app.exception
    session = check_session(store, token)
    assert session.access is not None and session.access.user == name.strip().lower()
    return app


def unescaped(markdown: str) -> str:
    """What a Markdown text shows: the backslash escapes of user text (ui/text.py) removed."""
    return re.sub(r"\\(.)", r"\1", markdown)


def session_of(app: AppTest) -> str:
    """The session token the AppTest signed in with."""
    return str(app.session_state[SESSION_TOKEN_KEY])


def _db_of(app: AppTest) -> Path:
    return Path(os.environ["KOMMUNE_DB"])


def _password_for(db_path: Path, name: str) -> str:
    store = open_store(db_path)
    if is_demo(store) and name in DEMO_PASSWORDS:
        return DEMO_PASSWORDS[name]
    if access_for_user(store, name) is None:
        account = next(account for account in DEMO_ACCOUNTS if account.name == name)
        units = demo_units(read_organisation(store), account)
        add_user(store, Access.system(), name, account.role.value, units, password=TEST_PASSWORD)
    return TEST_PASSWORD


@pytest.fixture(autouse=True)
def _close_stores() -> Iterator[None]:
    yield
    close_all()
