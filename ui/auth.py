"""Who is signed in, on every run: the session cookie, checked against the store.

Signing in happens on the app's own sign-in page (`/logg-inn`, server/signin.py), which sets an
HttpOnly cookie with a random session token; the browser sends it with the WebSocket, so
`st.context.cookies` holds it on every run, a reload and an opened link too. The session is
looked up on every run, so a sign-out elsewhere, a changed password or role, or a removed
account counts at once. Nothing but a "please sign in" page is shown without a valid session.

A test (AppTest) has no browser and no cookie; it signs in with the same functions and puts the
token in `st.session_state[SESSION_TOKEN_KEY]` instead.
"""

from __future__ import annotations

import datetime as dt
import urllib.parse

import streamlit as st
from streamlit.navigation.page import StreamlitPage

from analytics.accounts.sessions import (
    COOKIE_NAME,
    SessionCheck,
    check_session,
    end_session,
    token_hash,
)
from analytics.accounts.users import accounts_with_demo_password, sign_in_alerts
from analytics.core import clock
from analytics.core.access import Access
from analytics.core.texts import t
from analytics.store import Store
from ui.addresses import sign_in_url
from ui.text import plain

SESSION_TOKEN_KEY = "_session_token"
_CHECKED_KEY = "demo_passwords_checked"
_ALERT_HOURS = 24


def session_token() -> str | None:
    """This browser's session token: the cookie, else one given to the session (tests)."""
    cookie = st.context.cookies.get(COOKIE_NAME)
    if isinstance(cookie, str) and cookie:
        return cookie
    given = st.session_state.get(SESSION_TOKEN_KEY)
    return given if isinstance(given, str) else None


def current_session(store: Store) -> SessionCheck:
    """The signed-in person's access, or why nobody is."""
    return check_session(store, session_token())


def own_session_hash() -> str | None:
    """The hash of this browser's session (kept when the person changes their password)."""
    token = session_token()
    return token_hash(token) if token else None


def show_signed_in(store: Store, access: Access) -> None:
    """Who is signed in, and the sign-out button, in the sidebar."""
    with st.sidebar:
        role = t(f"role.{access.role}")
        st.caption(t("auth.signed_in_as", name=plain(access.user), role=role))
        if st.button(t("auth.sign_out"), key="logout_button", icon=":material/logout:"):
            sign_out(store, access)


def sign_out(store: Store, access: Access) -> None:
    """Ends the session at once, forgets this browser session's choices, and sends the browser
    through Streamlit's sign-out route (which also ends a single sign-on at the provider) back
    to the sign-in page, which says why."""
    token = session_token()
    if token:
        end_session(store, token, access.user, "signed_out")
    given = st.session_state.get(SESSION_TOKEN_KEY)
    st.session_state.clear()
    if given:  # no cookie (a test): keep the ended token, so the page can say why
        st.session_state[SESSION_TOKEN_KEY] = given
    st.logout()
    st.stop()  # the browser is being sent away; a rerun now could drop that redirect


def refuse_demo_passwords(store: Store, demo: bool) -> None:
    """Stops the app on a real database while an account still has a published demo password."""
    if demo or st.session_state.get(_CHECKED_KEY):
        return
    names = accounts_with_demo_password(store)
    if names:
        st.error(
            plain(t("auth.demo_passwords_left", names=", ".join(names))), icon=":material/lock:"
        )
        st.stop()
    st.session_state[_CHECKED_KEY] = True


def not_signed_in_pages(
    pages: dict[str, list[StreamlitPage]], check: SessionCheck
) -> list[StreamlitPage]:
    """The "please sign in" page under the address of each page, so a link keeps its address."""
    return [
        st.Page(
            lambda: show_not_signed_in(check),
            title=t("auth.title"),
            url_path=page.url_path or "logg-inn-side",
            default=not page.url_path,
        )
        for section in pages.values()
        for page in section
    ]


def show_not_signed_in(check: SessionCheck) -> None:
    """Why there is no sign-in (ended, expired …) and the way to the sign-in page."""
    st.title(t("auth.title"))
    reason = check.reason if check.reason and check.reason != "unknown" else None
    st.info(t(f"auth.reason.{reason}" if reason else "auth.not_signed_in"))
    st.link_button(
        t("auth.sign_in_again"),
        sign_in_url(_this_address(), reason),
        type="primary",
        icon=":material/login:",
    )


def _this_address() -> str:
    """The path and query of the page the browser is on."""
    path = urllib.parse.urlparse(st.context.url or "/").path or "/"
    query = urllib.parse.urlencode(st.query_params.to_dict())
    return f"{path}?{query}" if query else path


def show_sign_in_alerts(store: Store, access: Access) -> None:
    """For the director and administrators: repeated failed sign-ins of the last day."""
    since = clock.now() - dt.timedelta(hours=_ALERT_HOURS)
    alerts = sign_in_alerts(store, access, since)
    if alerts:
        lines = "\n".join(f"- {plain(alert)}" for alert in alerts[:5])
        st.warning(f"{t('goals.sign_in_alerts')}\n\n{lines}", icon=":material/shield:")
