"""Download buttons for tables (xlsx with Norwegian headers, demo-marked when demo data)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics.core.audit import record
from analytics.core.export import tables_to_xlsx
from analytics.core.texts import t
from ui.context import current_view

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def download_table(table: pd.DataFrame, file_name: str, sheet: str, key: str, demo: bool) -> None:
    """A button that downloads `table` as xlsx; the headers are used as they are."""
    st.download_button(
        t("common.download_xlsx"),
        data=tables_to_xlsx({sheet: table}, demo=demo),
        file_name=file_name,
        mime=XLSX_MIME,
        key=key,
        icon=":material/download:",
        on_click=_record_export,
        args=(file_name,),
    )


def _record_export(file_name: str) -> None:
    """Exports go in the audit log: who took which table out of the dashboard."""
    view = current_view()
    record(view.store, view.access.user, "export", file_name)
