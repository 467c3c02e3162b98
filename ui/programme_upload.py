"""The upload box of the programme pages: one file of one kind, imported all or nothing."""

from __future__ import annotations

import streamlit as st

from analytics.errors import UserError
from analytics.programme_import import import_file
from analytics.texts import t
from ui.context import View


def show_import(view: View, kind: str) -> None:
    """A collapsed box to import an xlsx or csv file of `kind`; reports success or the refusal."""
    with st.expander(t(f"programme.import_heading_{kind}"), icon=":material/upload_file:"):
        st.caption(t(f"programme.import_help_{kind}"))
        upload = st.file_uploader(
            t("programme.import_file"), type=["xlsx", "csv"], key=f"import_{kind}_file"
        )
        if upload is not None and st.button(t("programme.import_button"), key=f"import_{kind}"):
            try:
                message = import_file(
                    view.store, view.access, kind, upload.name, upload.getvalue(), view.access.user
                )
            except UserError as error:
                st.error(str(error), icon=":material/error:")
            else:
                st.success(message, icon=":material/check_circle:")
