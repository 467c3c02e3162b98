"""Tertialrapport: the report to the council per 30 April and 31 August, written here."""

import streamlit as st

from analytics.core.texts import t
from analytics.report.pdf import warm_up_printer
from analytics.report.tertial.report import require_director
from ui.context import current_view
from ui.tertial import (
    MADE_KEY,
    choose_report,
    make_report,
    show_made,
    show_proposal_editor,
    show_texts_editor,
    show_versions,
    tertial_scopes,
)

view = current_view()
st.title(t("page.tertial"))
st.caption(t("tertial.page_intro"))
scopes = tertial_scopes(view)
if not scopes:
    st.info(t("tertial.denied"))
    st.stop()
warm_up_printer()
choice = choose_report(view, scopes)
writes = view.access.sees_everything
if writes:
    require_director(view.access)
    texts_tab, proposals_tab, report_tab, versions_tab = st.tabs(
        [
            t("tertial.page_tab_texts"),
            t("tertial.page_tab_proposals"),
            t("tertial.page_tab_report"),
            t("tertial.page_tab_versions"),
        ]
    )
    with texts_tab:
        show_texts_editor(view, choice)
    with proposals_tab:
        show_proposal_editor(view, choice)
else:
    report_tab, versions_tab = st.tabs(
        [t("tertial.page_tab_report"), t("tertial.page_tab_versions")]
    )
with report_tab:
    if st.button(t("tertial.page_make"), key="tertial_make", type="primary"):
        make_report(view, choice)
    made = st.session_state.get(MADE_KEY)
    if made is not None and made.key == choice.key:
        show_made(view, made, may_freeze=writes)
with versions_tab:
    show_versions(view, choice)
