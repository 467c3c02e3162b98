"""What every page works on: the store, the signed-in person, the scope, the year and month.

app.py builds one `View` per run and keeps it in the session; pages call `current_view()`.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from analytics.core.access import Access
from analytics.core.organisation import Scope
from analytics.core.settings import Settings
from analytics.store import Store, open_store

_VIEW_KEY = "_view"


@dataclass(frozen=True)
class View:
    store: Store
    access: Access
    organisation: pd.DataFrame  # the part of the organisation this person may see
    scope: Scope
    year: int
    month: int
    settings: Settings
    demo: bool


@st.cache_resource(show_spinner=False)
def shared_store(path: str) -> Store:
    """The process's one Store for the database file (opened and migrated once)."""
    return open_store(path)


def set_view(view: View) -> None:
    st.session_state[_VIEW_KEY] = view


def current_view() -> View:
    """The view app.py prepared for this run."""
    view = st.session_state.get(_VIEW_KEY)
    if view is None:
        st.switch_page("app.py")
    return view
