"""Shared widgets of the programme pages: the import box and saving edited registers.

The import box is the "Last opp" page's own flow (prepare → preview → "Lagre") with the kind
given, so a file is checked, previewed, stored once and undoable exactly as there; it stays on
the page whose figures it changes, which shows them anew after "Lagre".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from analytics.core.access import Access
from analytics.core.errors import UserError
from analytics.core.texts import t
from analytics.imports import registry
from analytics.store import Store
from ui.context import View
from ui.upload import plain, show_upload


def show_import(view: View, kind: str) -> None:
    """A collapsed box to import a file of `kind`, for people the kind's rule lets import."""
    if not registry.kind_named(kind).rule.offered(view.access):
        return
    key = f"import_{kind}"
    expanded = f"{key}_flash" in st.session_state
    with st.expander(
        t(f"programme.import_heading_{kind}"), icon=":material/upload_file:", expanded=expanded
    ):
        st.caption(t(f"programme.import_help_{kind}"))
        show_upload(view, key, kind)


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
        st.error(plain(str(error)), icon=":material/error:")
    else:
        st.session_state[FLASH_KEY] = t(message_key, count=count)
        st.rerun()


def risk_columns() -> dict[str, Any]:
    """The risk editor's columns (the programme's register and a project's risks alike):
    probability and consequence 1–5, the risk required."""
    return {
        "risk": st.column_config.TextColumn(t("risk.col_risk"), required=True),
        "probability": st.column_config.NumberColumn(
            t("risk.probability"), min_value=1, max_value=5, step=1
        ),
        "consequence": st.column_config.NumberColumn(
            t("risk.consequence"), min_value=1, max_value=5, step=1
        ),
        "mitigation": t("risk.col_mitigation"),
        "owner": t("risk.col_owner"),
    }
