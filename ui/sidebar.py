"""The shared sidebar: unit (the organisation tree), year and month, kept in the URL.

The URL holds codes (`?omrade=enhet:310&ar=2026&mnd=10`), so a view can be shared as a link.
A link to a unit the person may not see falls back to what they may see, with a message.
"""

from __future__ import annotations

from collections.abc import Hashable

import pandas as pd
import streamlit as st

from analytics.core.access import Access, selectable_scopes
from analytics.core.formatting import month_name
from analytics.core.organisation import Scope
from analytics.core.texts import t
from analytics.economy.ledger import reporting_month
from analytics.store import Store
from analytics.store.ledger import latest_month, years_with_data
from ui.context import access_key, cached_organisation

SCOPE_KEY = "sidebar_scope"
YEAR_KEY = "sidebar_year"
MONTH_KEY = "sidebar_month"


def show_sidebar(
    store: Store, organisation: pd.DataFrame, access: Access
) -> tuple[Scope, int, int]:
    """Draws the selectors and returns the chosen scope, year and month."""
    options = _scopes(store, store.version, access_key(access), organisation)
    if not options:  # an account whose units are no longer in the organisation
        st.warning(t("access.no_units"), icon=":material/block:")
        st.stop()
    by_key = {scope.key: scope for scope in options}
    default_year, default_month, years = _calendar(store, store.version)

    _seed_from_url(store, by_key, years, (default_year, default_month))
    with st.sidebar:
        scope_key = st.selectbox(
            t("common.unit"),
            list(by_key),
            format_func=lambda key: _indented(by_key[key]),
            key=SCOPE_KEY,
        )
        year = st.selectbox(t("common.year"), years, key=YEAR_KEY)
        month = st.selectbox(
            t("common.month"), list(range(1, 13)), format_func=month_name, key=MONTH_KEY
        )
    st.query_params.update({"omrade": scope_key, "ar": str(year), "mnd": str(month)})
    return by_key[scope_key], int(year), int(month)


def _seed_from_url(
    store: Store, by_key: dict[str, Scope], years: list[int], default: tuple[int, int]
) -> None:
    """On the first run of a session (or when the link changed) take the choices from the URL;
    without them, the reporting month (the newest month with accounts)."""
    params = st.query_params
    wanted_scope = params.get("omrade")
    if SCOPE_KEY not in st.session_state or (
        wanted_scope and wanted_scope != st.session_state.get(SCOPE_KEY)
    ):
        if wanted_scope and wanted_scope not in by_key:
            st.toast(t("access.link_refused"), icon=":material/block:")
        st.session_state[SCOPE_KEY] = wanted_scope if wanted_scope in by_key else next(iter(by_key))
    if YEAR_KEY not in st.session_state:
        year = _int_or_none(params.get("ar"))
        st.session_state[YEAR_KEY] = year if year in years else default[0]
    if MONTH_KEY not in st.session_state:
        month = _int_or_none(params.get("mnd"))
        st.session_state[MONTH_KEY] = month if month in range(1, 13) else None
    if st.session_state[MONTH_KEY] is None:
        same_year = st.session_state[YEAR_KEY] == default[0]
        chosen = default[1] if same_year else latest_month(store, st.session_state[YEAR_KEY])
        st.session_state[MONTH_KEY] = chosen or 12


@st.cache_resource(show_spinner=False, max_entries=64)
def _scopes(
    _store: Store, version: Hashable, person: Hashable, _visible: pd.DataFrame
) -> list[Scope]:
    """The scopes the person may choose (the same for every run until the data change)."""
    return selectable_scopes(cached_organisation(_store), _visible)


@st.cache_resource(show_spinner=False, max_entries=8)
def _calendar(_store: Store, version: Hashable) -> tuple[int, int, list[int]]:
    """The reporting month (the newest month with accounts) and the years with data."""
    default_year, default_month = reporting_month(_store)
    return default_year, default_month, years_with_data(_store) or [default_year]


def _indented(scope: Scope) -> str:
    indent = {"kommune": "", "sektor": "\u2003", "enhet": "\u2003\u2003", "ansvar": "\u2003" * 3}
    code = f"{scope.code} " if scope.code else ""
    return f"{indent[scope.level]}{code}{scope.name}"


def _int_or_none(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
