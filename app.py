"""Entry point: page config, sign-in, navigation and the shared sidebar."""

from __future__ import annotations

import streamlit as st

from analytics.access import visible_organisation
from analytics.meta import is_demo
from analytics.organisation import read_organisation
from analytics.settings import load_settings
from analytics.store import default_db_path
from analytics.texts import t
from ui.auth import current_access, refuse_demo_passwords, sign_in_pages
from ui.context import View, set_view, shared_store
from ui.sidebar import show_sidebar

st.set_page_config(page_title=t("app.title"), page_icon=":material/monitoring:", layout="wide")

store = shared_store(str(default_db_path()))
demo = is_demo(store)
if demo:
    st.warning(t("app.demo_banner"), icon=":material/science:")
refuse_demo_passwords(store, demo)
access = current_access(store)

PAGES = {
    t("nav.economy"): [
        st.Page(
            "pages/oversikt.py", title=t("page.oversikt"), icon=":material/dashboard:", default=True
        ),
        st.Page(
            "pages/okonomi.py",
            title=t("page.okonomi"),
            icon=":material/account_balance:",
            url_path="okonomi",
        ),
        st.Page(
            "pages/verksted.py",
            title=t("page.verksted"),
            icon=":material/groups:",
            url_path="verksted",
        ),
    ],
    t("nav.goals"): [
        st.Page(
            "pages/sykefravaer.py",
            title=t("page.sykefravaer"),
            icon=":material/sick:",
            url_path="sykefravaer",
        ),
        st.Page(
            "pages/kompass.py",
            title=t("page.kompass"),
            icon=":material/explore:",
            url_path="kompass",
        ),
        st.Page(
            "pages/program.py", title=t("page.program"), icon=":material/flag:", url_path="program"
        ),
    ],
    t("nav.data"): [
        st.Page(
            "pages/last_opp.py",
            title=t("page.last_opp"),
            icon=":material/upload_file:",
            url_path="last-opp",
        ),
        st.Page(
            "pages/rapport.py",
            title=t("page.rapport"),
            icon=":material/picture_as_pdf:",
            url_path="rapport",
        ),
        st.Page(
            "pages/admin.py",
            title=t("page.admin"),
            icon=":material/admin_panel_settings:",
            url_path="admin",
        ),
    ],
}

if access is None:  # nobody sees any page or data before signing in
    # The sign-in form answers at every page's address, so a shared link opens after sign-in.
    st.navigation(sign_in_pages(PAGES, store, demo), position="hidden").run()
    st.stop()

navigation = st.navigation(PAGES)
if access is not None:
    organisation = visible_organisation(read_organisation(store), access)
    scope, year, month = show_sidebar(store, organisation, access.sees_everything)
    set_view(View(store, access, organisation, scope, year, month, load_settings(store), demo))
navigation.run()
