"""Entry point: page config, sign-in, navigation and the shared sidebar."""

from __future__ import annotations

import streamlit as st

from analytics.core.access import visible_organisation
from analytics.core.settings import load_settings
from analytics.core.texts import t
from analytics.store import default_db_path
from analytics.store.organisation import read_organisation
from analytics.store.settings import is_demo
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

# (section, file, title key, icon, url path): the navigation, declared once.
PAGE_TABLE = (
    ("nav.economy", "oversikt", "page.oversikt", "dashboard", ""),
    ("nav.economy", "okonomi", "page.okonomi", "account_balance", "okonomi"),
    ("nav.economy", "verksted", "page.verksted", "groups", "verksted"),
    ("nav.economy", "investeringer", "page.investeringer", "construction", "investeringer"),
    ("nav.goals", "sykefravaer", "page.sykefravaer", "sick", "sykefravaer"),
    ("nav.goals", "kompass", "page.kompass", "explore", "kompass"),
    ("nav.goals", "program", "page.program", "flag", "program"),
    ("nav.data", "last_opp", "page.last_opp", "upload_file", "last-opp"),
    ("nav.data", "rapport", "page.rapport", "picture_as_pdf", "rapport"),
    ("nav.data", "admin", "page.admin", "admin_panel_settings", "admin"),
)
PAGES: dict[str, list[st.Page]] = {}
for section, file, title, icon, url_path in PAGE_TABLE:
    PAGES.setdefault(t(section), []).append(
        st.Page(
            f"pages/{file}.py",
            title=t(title),
            icon=f":material/{icon}:",
            url_path=url_path or None,
            default=not url_path,
        )
    )

if access is None:  # nobody sees any page or data before signing in
    # The sign-in form answers at every page's address, so a shared link opens after sign-in.
    st.navigation(sign_in_pages(PAGES, store, demo), position="hidden").run()
    st.stop()

navigation = st.navigation(PAGES)
organisation = visible_organisation(read_organisation(store), access)
scope, year, month = show_sidebar(store, organisation, access.sees_everything)
set_view(View(store, access, organisation, scope, year, month, load_settings(store), demo))
navigation.run()
