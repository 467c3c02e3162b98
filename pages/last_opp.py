"""Last opp: upload a file of any kind, see what was recognised, confirm; templates; history.

A viewer sees the history of their units' uploads and a note; the template is offered only to
people who may write.
"""

import streamlit as st

from analytics.core.texts import t
from ui.context import current_view
from ui.upload import show_history, show_template_download, show_upload

view = current_view()
st.title(t("page.last_opp"))
st.caption(t("import.page.caption"))
if not view.access.may_write:
    st.info(t("import.page.read_only"))
    (history_tab,) = st.tabs([t("import.page.tab_history")])
    with history_tab:
        show_history(view)
    st.stop()

upload_tab, template_tab, history_tab = st.tabs(
    [t("import.page.tab_upload"), t("import.page.tab_template"), t("import.page.tab_history")]
)
with upload_tab:
    show_upload(view, "upload")
with template_tab:
    show_template_download(view)
with history_tab:
    show_history(view)
