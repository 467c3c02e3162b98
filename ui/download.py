"""Download buttons for tables (xlsx with Norwegian headers, demo-marked when demo data)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics.export import tables_to_xlsx
from analytics.texts import t

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
    )
