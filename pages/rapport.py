"""Rapport: make the snapshot PDF of a scope and month, download it, and the archive."""

import streamlit as st

from analytics.core.errors import UserError
from analytics.core.formatting import month_name
from analytics.core.texts import t
from analytics.report.archive import archive_table, archived_pdf, archived_reports
from analytics.report.pdf import warm_up_printer
from analytics.report.snapshot import make_snapshot, report_scopes
from ui.context import current_view
from ui.download import exported
from ui.text import plain

PDF_MIME = "application/pdf"
LAST_KEY = "rapport_last_snapshot"

view = current_view()
warm_up_printer()  # the browser starts while the person chooses
st.title(t("page.rapport"))
st.caption(t("report.page_intro"))

by_key = {scope.key: scope for scope in report_scopes(view.store, view.access)}
keys = list(by_key)

if not view.access.may_write:
    st.info(t("report.denied_viewer"))
elif not keys:
    st.info(t("report.page_no_scopes"))
else:
    left, right = st.columns([3, 1])
    scope_key = left.selectbox(
        t("report.page_scope"),
        keys,
        index=keys.index(view.scope.key) if view.scope.key in by_key else 0,
        format_func=lambda key: by_key[key].name,
        key="rapport_scope",
    )
    month = right.selectbox(
        t("common.month"),
        list(range(1, 13)),
        index=view.month - 1,
        format_func=lambda m: f"{month_name(m)} {view.year}",
        key="rapport_month",
    )
    if st.button(
        t("report.page_make"), key="rapport_make", type="primary", icon=":material/picture_as_pdf:"
    ):
        bar = st.progress(0.0)
        try:
            st.session_state[LAST_KEY] = make_snapshot(
                view.store,
                view.access,
                view.year,
                month,
                scope_key,
                view.access.user,
                progress=lambda fraction, text: bar.progress(fraction, text=text),
            )
        except UserError as error:
            st.error(plain(error))
    last = st.session_state.get(LAST_KEY)
    if last is not None:
        pdf: bytes = last.pdf
        st.success(t("report.page_made", id=last.report_id, fingerprint=last.data_fingerprint))
        st.download_button(
            t("report.page_download"),
            data=exported(view.store, view.access.user, last.file_name, lambda: pdf),
            file_name=last.file_name,
            mime=PDF_MIME,
            key="rapport_download",
            icon=":material/download:",
        )

st.subheader(t("report.page_archive"))
archive = archived_reports(view.store, view.access)
if archive.empty:
    st.info(t("report.page_archive_empty"))
    st.stop()
table = archive_table(archive, view.organisation)
st.dataframe(table, hide_index=True, key="rapport_archive")
ids = [int(report_id) for report_id in archive["id"]]
chosen = st.selectbox(t("report.page_archive_pick"), ids, key="rapport_archive_pick")
st.download_button(
    t("report.page_archive_download", id=chosen),
    data=exported(
        view.store,
        view.access.user,
        f"statusrapport-nr-{chosen}.pdf",
        lambda: archived_pdf(view.store, view.access, chosen),
    ),
    file_name=f"statusrapport-nr-{chosen}.pdf",
    mime=PDF_MIME,
    key="rapport_archive_download",
    icon=":material/download:",
)
