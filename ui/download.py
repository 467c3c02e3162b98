"""Download buttons for tables: our own xlsx (Norwegian headers, numbers as numbers, text that a
spreadsheet would run as a formula neutralised, demo-marked for demo data), written when the
person clicks and recorded in the audit log then. Streamlit's own table toolbar export is off
(`client.disableDataExport`), so this is the one way a table leaves the dashboard."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from analytics.core.audit import record
from analytics.core.export import tables_to_xlsx
from analytics.core.texts import t
from analytics.store import Store
from ui.context import current_view

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def download_table(table: pd.DataFrame, file_name: str, sheet: str, key: str, demo: bool) -> None:
    """A button that downloads `table` as xlsx; the headers are used as they are."""
    download_made_table(lambda: table, file_name, sheet, key, demo)


def download_made_table(
    make_table: Callable[[], pd.DataFrame], file_name: str, sheet: str, key: str, demo: bool
) -> None:
    """A download button whose table is made, and written as xlsx, only on the click."""
    view = current_view()
    st.download_button(
        t("common.download_xlsx"),
        data=exported(
            view.store,
            view.access.user,
            file_name,
            lambda: tables_to_xlsx({sheet: make_table()}, demo=demo),
        ),
        file_name=file_name,
        mime=XLSX_MIME,
        key=key,
        icon=":material/download:",
    )


def exported(
    store: Store, user: str, file_name: str, make: Callable[[], bytes]
) -> Callable[[], bytes]:
    """The file, made only when the person asks for it, with the export in the audit log:
    who took which file out of the dashboard."""

    def make_and_record() -> bytes:
        data = make()
        record(store, user, "export", file_name)
        return data

    return make_and_record
