"""Sign-in for the app: local accounts, or the municipality's single sign-on when configured.

Single sign-on is on when `.streamlit/secrets.toml` has an `[auth]` section (Streamlit's
`st.login`); the e-mail the provider gives is matched to an account for role and units.
Nothing but the sign-in page is shown until someone is signed in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd
import streamlit as st
from streamlit.navigation.page import StreamlitPage

from analytics.accounts.users import (
    access_for_email,
    access_for_user,
    authenticate,
    session_expired,
)
from analytics.core import audit, clock
from analytics.core.access import Access
from analytics.core.errors import AccessDenied
from analytics.core.settings import load_settings
from analytics.core.texts import t
from analytics.demo.users import DEMO_ACCOUNTS, accounts_with_demo_password
from analytics.store import Store

SESSION_KEY = "signed_in_user"
_NOTICE_KEY = "sign_in_notice"
_REFUSED_KEY = "sso_refusal_recorded"
_CHECKED_KEY = "demo_passwords_checked"


@dataclass(frozen=True)
class SignedIn:
    """Who is signed in in this browser session, since when, and how."""

    name: str
    at: dt.datetime
    single_sign_on: bool = False


def current_access(store: Store) -> Access | None:
    """The signed-in person's access, or None when nobody is signed in (or the sign-in expired).

    Re-reads the account on every run, so a removed account or a changed role counts at once.
    """
    signed_in = st.session_state.get(SESSION_KEY) or _signed_in_by_provider(store)
    if signed_in is None:
        return None
    if session_expired(signed_in.at, clock.now(), load_settings(store)):
        sign_out(store, signed_in, notice="auth.expired")
        return None
    access = access_for_user(store, signed_in.name)
    if access is None:
        sign_out(store, signed_in, notice="auth.account_gone")
        return None
    with st.sidebar:
        st.caption(t("auth.signed_in_as", name=access.user, role=t(f"role.{access.role}")))
        if st.button(t("auth.sign_out"), key="logout_button", icon=":material/logout:"):
            sign_out(store, signed_in, notice="auth.signed_out")
    return access


def sign_out(store: Store, signed_in: SignedIn, notice: str) -> None:
    """Forgets everything of this session (choices too), records it and shows the sign-in page."""
    audit.record(store, signed_in.name, "sign_out", t(notice))
    st.session_state.clear()
    st.session_state[_NOTICE_KEY] = notice
    if signed_in.single_sign_on and _single_sign_on_configured():
        st.logout()  # the browser is sent to the provider; a rerun now could drop that redirect
        st.stop()
    st.rerun()


def refuse_demo_passwords(store: Store, demo: bool) -> None:
    """Stops the app on a real database while an account still has a published demo password."""
    if demo or st.session_state.get(_CHECKED_KEY):
        return
    names = accounts_with_demo_password(store)
    if names:
        st.error(t("auth.demo_passwords_left", names=", ".join(names)), icon=":material/lock:")
        st.stop()
    st.session_state[_CHECKED_KEY] = True  # checked once per browser session: hashes are slow


def sign_in_pages(
    pages: dict[str, list[StreamlitPage]], store: Store, demo: bool
) -> list[StreamlitPage]:
    """The sign-in page under the address of each page, so that a link survives signing in."""
    return [
        st.Page(
            lambda: show_sign_in_page(store, demo),
            title=t("auth.title"),
            url_path=page.url_path or "logg-inn",
            default=not page.url_path,
        )
        for section in pages.values()
        for page in section
    ]


def show_sign_in_page(store: Store, demo: bool) -> None:
    """The only page before sign-in: the form, single sign-on and, for demo data, the accounts."""
    st.title(t("auth.title"))
    notice = st.session_state.get(_NOTICE_KEY)
    if notice:
        st.info(t(notice))
    if _single_sign_on_configured():
        _show_single_sign_on(store)
    _show_sign_in_form(store)
    if demo:
        _show_demo_accounts(store)


def _show_sign_in_form(store: Store) -> None:
    with st.form("login_form", clear_on_submit=True):
        name = st.text_input(t("auth.name"), key="login_name")
        password = st.text_input(t("auth.password"), type="password", key="login_password")
        submitted = st.form_submit_button(t("auth.sign_in"), key="login_submit", type="primary")
    if not submitted:
        return
    now = clock.now()
    try:
        access = authenticate(store, name, password, now)
    except AccessDenied as error:
        st.error(str(error), icon=":material/block:")
        return
    st.session_state.pop(_NOTICE_KEY, None)
    st.session_state[SESSION_KEY] = SignedIn(access.user, now)
    st.rerun()


def _show_single_sign_on(store: Store) -> None:
    if st.user.get("is_logged_in"):
        # Signed in at the provider, but the e-mail belongs to no account: no data.
        st.warning(t("auth.unknown_email", email=st.user.get("email") or "?"))
        st.button(t("auth.sign_out"), key="sso_logout", on_click=st.logout)
        return
    st.button(t("auth.sso_sign_in"), key="sso_login", type="primary", on_click=st.login)
    st.caption(t("auth.or_local"))


def _signed_in_by_provider(store: Store) -> SignedIn | None:
    """The account of the e-mail the identity provider signed in, once per browser session."""
    if not _single_sign_on_configured() or not st.user.get("is_logged_in"):
        return None
    email = str(st.user.get("email") or "")
    access = access_for_email(store, email) if email else None
    if access is None:
        if not st.session_state.get(_REFUSED_KEY):
            audit.record(store, email or t("users.unknown_actor"), "sign_in_failed", "sso")
            st.session_state[_REFUSED_KEY] = True
        return None
    signed_in = SignedIn(access.user, clock.now(), single_sign_on=True)
    st.session_state[SESSION_KEY] = signed_in
    audit.record(store, access.user, "sign_in", "sso")
    return signed_in


def _single_sign_on_configured() -> bool:
    try:
        return "auth" in st.secrets
    except FileNotFoundError:  # no secrets.toml at all
        return False


def _show_demo_accounts(store: Store) -> None:
    still_demo = set(accounts_with_demo_password(store))
    accounts = [account for account in DEMO_ACCOUNTS if account.name in still_demo]
    if not accounts:
        return
    st.info(t("auth.demo_accounts"), icon=":material/science:")
    table = pd.DataFrame(
        {
            t("auth.name"): [account.name for account in accounts],
            t("auth.password"): [account.password for account in accounts],
            t("auth.role"): [t(f"role.{account.role}") for account in accounts],
        }
    )
    st.dataframe(table, hide_index=True)
