"""Administrasjon: users (add, change role and units, new password, remove), API tokens, the
audit log and the settings. Administrators only (the menu shows it to nobody else)."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from analytics.accounts.administration import assignable_units, change_settings
from analytics.accounts.tokens import list_tokens, revoke_token
from analytics.accounts.users import (
    add_user,
    change_account,
    list_users,
    remove_user,
    set_password,
)
from analytics.core.access import Role
from analytics.core.audit import action_label, read_audit_log_for
from analytics.core.errors import UserError
from analytics.core.settings import declared_settings
from analytics.core.texts import t
from ui.auth import own_session_hash
from ui.context import current_view
from ui.text import plain

view = current_view()
st.title(t("page.admin"))
if not view.access.may_administer:
    st.error(t("access.admin_only"), icon=":material/block:")
    st.stop()

users_tab, tokens_tab, audit_tab, settings_tab = st.tabs(
    [t("admin.users"), t("admin.tokens"), t("admin.audit_log"), t("admin.settings")]
)
ROLES = [role.value for role in Role]


def role_name(role: str) -> str:
    return t(f"role.{role}")


def show_users() -> None:
    users = list_users(view.store, view.access)
    shown = users.assign(role=users["role"].map(role_name))
    st.dataframe(
        shown.rename(columns=lambda column: t(f"users.col.{column}")),
        hide_index=True,
        column_config={t("users.col.has_password"): st.column_config.CheckboxColumn()},
    )
    units = assignable_units(view.organisation)
    show_add_form(units)
    names = users["name"].tolist()
    show_edit_form(users, units)
    with st.form("admin_password", clear_on_submit=True):
        st.subheader(t("admin.reset_password"))
        who = st.selectbox(t("auth.name"), names, key="admin_password_user")
        password = st.text_input(t("auth.password"), type="password", key="admin_reset_password")
        if st.form_submit_button(t("admin.reset_password"), key="admin_password_submit"):
            act(
                lambda: set_password(view.store, view.access, who, password, own_session_hash()),
                t("admin.password_set", name=who),
            )
    with st.form("admin_remove"):
        st.subheader(t("admin.remove_user"))
        who = st.selectbox(t("auth.name"), names, key="admin_remove_user")
        if st.form_submit_button(t("admin.remove_user"), key="admin_remove_submit"):
            act(lambda: remove_user(view.store, view.access, who), t("admin.removed", name=who))


def show_add_form(units: dict[str, str]) -> None:
    with st.form("admin_add_user", clear_on_submit=True):
        st.subheader(t("admin.add_user"))
        name = st.text_input(t("auth.name"), key="admin_new_name")
        role = st.selectbox(t("auth.role"), ROLES, format_func=role_name, key="admin_new_role")
        chosen = st.multiselect(
            t("users.col.units"), list(units), format_func=units.__getitem__, key="admin_new_units"
        )
        email = st.text_input(t("users.col.email"), key="admin_new_email")
        password = st.text_input(t("auth.password"), type="password", key="admin_new_password")
        if st.form_submit_button(t("admin.add_user"), key="admin_add_submit"):
            act(
                lambda: add_user(
                    view.store, view.access, name, role, chosen, email or None, password or None
                ),
                t("admin.user_added", name=name),
            )


def show_edit_form(users: pd.DataFrame, units: dict[str, str]) -> None:
    """The chosen person's role and units, changed where they are (the person signs in again)."""
    st.subheader(t("admin.edit_user"))
    names = users["name"].tolist()
    who = st.selectbox(t("auth.name"), names, key="admin_edit_user")
    if who is None:
        return
    current = users[users["name"] == who].iloc[0]
    present = [code for code in str(current["units"]).split(",") if code]
    with st.form(f"admin_edit_{who}"):
        role = st.selectbox(
            t("auth.role"),
            ROLES,
            index=ROLES.index(str(current["role"])),
            format_func=role_name,
            key=f"admin_edit_role_{who}",
        )
        options = list(dict.fromkeys([*units, *present]))
        chosen = st.multiselect(
            t("users.col.units"),
            options,
            default=present,
            format_func=lambda code: units.get(code, code),
            key=f"admin_edit_units_{who}",
        )
        if st.form_submit_button(t("admin.edit_user"), key="admin_edit_submit"):
            act(
                lambda: change_account(
                    view.store, view.access, who, role, chosen, own_session_hash()
                ),
                t("admin.user_changed", name=who),
            )


def act(change: Callable[[], object], done: str) -> None:
    """Runs one change; shows its Norwegian error, or a toast and the new state."""
    try:
        change()
    except UserError as error:
        st.error(plain(error))
        return
    st.toast(plain(done), icon=":material/check:")
    st.rerun()


def show_tokens() -> None:
    """The service accounts' API tokens (never the tokens themselves); revoke one."""
    st.caption(t("admin.tokens_help"))
    tokens = list_tokens(view.store, view.access)
    if tokens.empty:
        st.info(t("admin.no_tokens"))
        return
    shown = tokens.assign(role=tokens["role"].map(role_name))
    st.dataframe(
        shown.rename(columns=lambda column: t(f"tokens.col.{column}")),
        hide_index=True,
        column_config={t("tokens.col.active"): st.column_config.CheckboxColumn()},
    )
    active = tokens.loc[tokens["active"], "name"].tolist()
    if not active:
        return
    with st.form("admin_revoke_token"):
        name = st.selectbox(t("tokens.col.name"), active, key="admin_revoke_name")
        if st.form_submit_button(t("admin.revoke_token"), key="admin_revoke_submit"):
            act(
                lambda: revoke_token(view.store, view.access, name),
                t("admin.token_revoked", name=name),
            )


def show_audit_log() -> None:
    log = read_audit_log_for(view.store, view.access, limit=1000)
    shown = log.assign(action=log["action"].map(action_label))
    st.dataframe(
        shown.rename(columns=lambda column: t(f"audit.col.{column}")),
        hide_index=True,
        column_config={
            t("audit.col.happened_at"): st.column_config.DatetimeColumn(
                format="DD.MM.YYYY HH:mm:ss"
            )
        },
    )


def show_settings() -> None:
    with st.form("admin_settings"):
        values = {
            setting.name: st.text_input(
                setting.help,
                value=str(getattr(view.settings, setting.name)),
                help=t("admin.setting_help", name=setting.name, value=setting.default),
                key=f"setting_{setting.name}",
            )
            for setting in declared_settings()
        }
        if st.form_submit_button(t("admin.save_settings"), key="admin_settings_submit"):
            act(lambda: change_settings(view.store, view.access, values), t("admin.saved"))


with users_tab:
    show_users()
with tokens_tab:
    show_tokens()
with audit_tab:
    show_audit_log()
with settings_tab:
    show_settings()
