"""Shared widgets of the programme pages: the import box and saving edited registers."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from analytics.core.access import Access
from analytics.core.errors import UserError
from analytics.core.texts import t
from analytics.imports.programme_kinds import import_file
from analytics.store import Store
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


FLASH_KEY = "programme_flash"
Saver = Callable[[Store, Access, pd.DataFrame], int]


def show_flash() -> None:
    """Shows the message a save left before the page reran, once."""
    if FLASH_KEY in st.session_state:
        st.success(st.session_state.pop(FLASH_KEY), icon=":material/check_circle:")


def save_edited(view: View, saver: Saver, rows: pd.DataFrame, message_key: str) -> None:
    """Saves an edited table through analytics (which validates it); a refusal is shown, a
    success reruns the page so every chart shows the new rows, its message kept for `show_flash`."""
    try:
        count = saver(view.store, view.access, rows)
    except UserError as error:
        st.error(str(error), icon=":material/error:")
    else:
        st.session_state[FLASH_KEY] = t(message_key, count=count)
        st.rerun()
