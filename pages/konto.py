"""Min konto: who I am, my password, and where I am signed in."""

import streamlit as st

from analytics.accounts.sessions import end_other_sessions, open_session_count
from analytics.accounts.users import MIN_PASSWORD_LENGTH, change_own_password, has_local_password
from analytics.core.errors import UserError
from analytics.core.texts import t
from ui.auth import own_session_hash
from ui.context import current_view
from ui.text import plain

view = current_view()
st.title(t("account.page"))
role = t(f"role.{view.access.role}")
st.markdown(t("account.who", name=plain(view.access.user), role=role))
if view.access.units:
    st.caption(plain(t("account.units", units=", ".join(sorted(view.access.units)))))

st.subheader(t("account.change_password"))
if not has_local_password(view.store, view.access):
    st.info(t("account.single_sign_on_only"))
else:
    with st.form("account_password", clear_on_submit=True):
        old = st.text_input(t("account.old_password"), type="password", key="account_old")
        new = st.text_input(
            t("account.new_password"),
            type="password",
            key="account_new",
            help=t("account.password_help", length=MIN_PASSWORD_LENGTH),
        )
        again = st.text_input(t("account.new_password_again"), type="password", key="account_again")
        if st.form_submit_button(t("account.change_password"), key="account_password_submit"):
            try:
                if new != again:
                    raise UserError(t("account.passwords_differ"))
                change_own_password(view.store, view.access, old, new, own_session_hash())
            except UserError as error:
                st.error(plain(error), icon=":material/error:")
            else:
                st.success(t("account.password_changed"), icon=":material/check_circle:")

st.subheader(t("account.sessions"))
st.caption(t("account.sessions_open", count=open_session_count(view.store, view.access)))
if st.button(t("account.end_others"), key="account_end_others", icon=":material/devices:"):
    ended = end_other_sessions(view.store, view.access, own_session_hash())
    st.success(t("account.others_ended", count=ended))
