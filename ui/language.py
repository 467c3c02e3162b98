"""The language of the screens: the person's own choice (remembered for their next sessions),
else the municipality's default ($KOMMUNE_LANG), else bokmål.

app.py calls `apply_language` first on every run (each run is a new thread, and the texts'
language lives in a context variable), and `show_language_switch` in the sidebar.
"""

from __future__ import annotations

import streamlit as st

from analytics.accounts.users import preferred_language, set_preferred_language
from analytics.core.access import Access
from analytics.core.texts import LANGUAGE_NAMES, choose_language, default_language, t
from analytics.store import Store

LANGUAGE_KEY = "language"
_LOADED_KEY = "language_loaded_for"


def apply_language() -> None:
    """This run's texts in the language of this browser session (the default before a choice)."""
    choose_language(st.session_state.get(LANGUAGE_KEY))


def load_preference(store: Store, access: Access) -> None:
    """Once per session and person: the language they chose in an earlier session."""
    if st.session_state.get(_LOADED_KEY) == access.user:
        return
    st.session_state[_LOADED_KEY] = access.user
    stored = preferred_language(store, access)
    if stored is not None and stored != st.session_state.get(LANGUAGE_KEY):
        st.session_state[LANGUAGE_KEY] = stored
        choose_language(stored)


def show_language_switch(store: Store, access: Access) -> None:
    """A choice of language in the sidebar, each language named in itself; a change is kept for
    the person and shown at once."""
    if LANGUAGE_KEY not in st.session_state:
        st.session_state[LANGUAGE_KEY] = default_language_choice()
    with st.sidebar:
        st.selectbox(
            t("account.language"),
            list(LANGUAGE_NAMES),
            format_func=LANGUAGE_NAMES.__getitem__,
            key=LANGUAGE_KEY,
            on_change=_remember_choice,
            args=(store, access),
        )


def default_language_choice() -> str:
    """The default as a choice of the switch (English, a test language, is not offered)."""
    code = default_language()
    return code if code in LANGUAGE_NAMES else "nb"


def _remember_choice(store: Store, access: Access) -> None:
    language = st.session_state[LANGUAGE_KEY]
    choose_language(language)
    set_preferred_language(store, access, language)
