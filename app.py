"""The Streamlit script: page config, who is signed in, the menu of their role, the shared
sidebar, and the page. `serve.py` serves it with the app's own routes (sign-in, the API)."""

from __future__ import annotations

import streamlit as st

from analytics.core.access import Access, Role
from analytics.core.texts import t
from analytics.store import default_db_path
from ui.auth import current_session, not_signed_in_pages, refuse_demo_passwords, show_signed_in
from ui.context import View, cached_demo_flag, open_or_wait, set_view, visible_organisation_of
from ui.errors import show_unexpected
from ui.icon import page_icon
from ui.language import apply_language, load_preference, show_language_switch
from ui.sidebar import show_sidebar

apply_language()
st.set_page_config(page_title=t("app.title"), page_icon=page_icon(), layout="wide")

store = open_or_wait(str(default_db_path()))
demo = cached_demo_flag(store)
refuse_demo_passwords(store, demo)
session = current_session(store)
if session.access is not None:  # their own language before the first text they read
    load_preference(store, session.access)
if demo:
    st.warning(t("app.demo_banner"), icon=":material/science:")


def everyone(access: Access) -> bool:
    return True


def reporters(access: Access) -> bool:
    """The tertial report: the director, administrators and leaders."""
    return access.may_write and access.role != Role.BUDGET_HOLDER


def administrators(access: Access) -> bool:
    return access.role == Role.ADMINISTRATOR


# (section, file, title key, icon, url path, who sees it): the navigation, declared once.
PAGE_TABLE = (
    ("nav.economy", "oversikt", "page.oversikt", "dashboard", "", everyone),
    ("nav.economy", "okonomi", "page.okonomi", "account_balance", "okonomi", everyone),
    ("nav.economy", "verksted", "page.verksted", "groups", "verksted", everyone),
    (
        "nav.economy",
        "investeringer",
        "page.investeringer",
        "construction",
        "investeringer",
        everyone,
    ),
    (
        "nav.economy",
        "handlingsrom",
        "page.handlingsrom",
        "account_tree",
        "handlingsrom",
        everyone,
    ),
    ("nav.goals", "sykefravaer", "page.sykefravaer", "sick", "sykefravaer", everyone),
    ("nav.goals", "kompass", "page.kompass", "explore", "kompass", everyone),
    ("nav.goals", "program", "page.program", "flag", "program", everyone),
    ("nav.goals", "mal", "page.mal", "account_tree", "mal", everyone),
    ("nav.goals", "folkevalgt", "page.folkevalgt", "how_to_vote", "folkevalgt", everyone),
    ("nav.data", "last_opp", "page.last_opp", "upload_file", "last-opp", everyone),
    ("nav.data", "rapport", "page.rapport", "picture_as_pdf", "rapport", everyone),
    ("nav.data", "tertial", "page.tertial", "gavel", "tertial", reporters),
    ("nav.data", "admin", "page.admin", "admin_panel_settings", "admin", administrators),
    ("nav.data", "konto", "account.page", "person", "konto", everyone),
)


def pages_for(access: Access | None) -> dict[str, list[st.Page]]:
    """The menu: the pages this person's role may use (every page for the sign-in prompt)."""
    pages: dict[str, list[st.Page]] = {}
    for section, file, title, icon, url_path, who in PAGE_TABLE:
        if access is None or who(access):
            pages.setdefault(t(section), []).append(
                st.Page(
                    f"pages/{file}.py",
                    title=t(title),
                    icon=f":material/{icon}:",
                    url_path=url_path or None,
                    default=not url_path,
                )
            )
    return pages


if session.access is None:  # nobody sees any page or data before signing in
    # The prompt answers at every page's address, so a link opens after signing in.
    st.navigation(not_signed_in_pages(pages_for(None), session), position="hidden").run()
    st.stop()

access = session.access
navigation = st.navigation(pages_for(access), expanded=True)  # before any widget: it sets
# their page; expanded: every page in the menu (past twelve Streamlit would hide some)
show_signed_in(store, access)
show_language_switch(store, access)
organisation = visible_organisation_of(store, access)
scope, year, month = show_sidebar(store, organisation, access)
set_view(View.of(store, access, organisation, scope, year, month, demo))
try:
    navigation.run()
except Exception as error:
    show_unexpected(error)
