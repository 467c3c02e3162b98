"""The one handler of unexpected errors on a page: a Norwegian message with an error id; the
traceback goes to the server's log under that id (analytics.core.incidents)."""

from __future__ import annotations

import streamlit as st

from analytics.core.incidents import record_unexpected
from analytics.core.texts import t


def show_unexpected(error: Exception) -> None:
    """Records the error and shows its id (nothing of the error itself)."""
    incident = record_unexpected(error, "siden")
    st.error(t("error.unexpected", id=incident), icon=":material/error:")


def on_script_error(error: Exception) -> bool:
    """For st.App: errors outside app.py's own handler (widget callbacks). True: Streamlit
    shows nothing more."""
    show_unexpected(error)
    return True
