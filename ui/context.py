"""What every page works on: the store, the signed-in person, the scope, the year and month.

app.py builds one `View` per run and keeps it in the session; pages call `current_view()`.

The app process owns the store (server/lifespan.py opens it at start); a run that finds the
file held by a command-line job says so and tries again by itself. What pages compute is
cached here, at the page boundary, under the store's `version`, which moves with every write
of data: the next run after an import, wherever it came from, computes afresh.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TypeVar

import pandas as pd
import streamlit as st

from analytics.core.access import Access, visible_organisation
from analytics.core.errors import StoreLocked
from analytics.core.organisation import Scope
from analytics.core.settings import Settings, load_settings
from analytics.core.texts import t
from analytics.store import Store, open_store
from analytics.store.organisation import read_organisation
from analytics.store.settings import is_demo

_VIEW_KEY = "_view"
RETRY_SECONDS = 3
T = TypeVar("T")


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

    @classmethod
    def of(
        cls,
        store: Store,
        access: Access,
        organisation: pd.DataFrame,
        scope: Scope,
        year: int,
        month: int,
        demo: bool,
    ) -> View:
        return cls(store, access, organisation, scope, year, month, cached_settings(store), demo)

    @property
    def access_key(self) -> tuple[str, str, tuple[str, ...]]:
        """The person as a cache key: name, role and units."""
        return access_key(self.access)

    @property
    def sight_key(self) -> tuple[str, ...]:
        """What the person may see, as a cache key: everything (administrators and the
        director alike), or their unit codes. Figures depend on this, not on who looks."""
        return sight_key(self.access)


def access_key(access: Access) -> tuple[str, str, tuple[str, ...]]:
    return access.user, str(access.role), tuple(sorted(access.units))


def sight_key(access: Access) -> tuple[str, ...]:
    return ("all",) if access.sees_everything else ("units", *sorted(access.units))


@st.cache_resource(show_spinner=False)
def shared_store(path: str) -> Store:
    """The process's one Store for the database file (opened and migrated once)."""
    return open_store(path)


def open_or_wait(path: str) -> Store:
    """The store; while a command-line job holds the file, a notice and a retry every few
    seconds instead of the page (no error)."""
    try:
        return shared_store(path)
    except StoreLocked as busy:
        st.info(t("store.busy_retrying", pid=busy.pid), icon=":material/hourglass_top:")
        _retry_opening(path)
        st.stop()
        raise  # st.stop() does not return


@st.fragment(run_every=RETRY_SECONDS)
def _retry_opening(path: str) -> None:
    try:
        shared_store(path)
    except StoreLocked:
        return
    st.rerun(scope="app")


def cached_settings(store: Store) -> Settings:
    return _settings(store, store.version)


@st.cache_resource(show_spinner=False, max_entries=8)
def _settings(_store: Store, version: Hashable) -> Settings:
    return load_settings(_store)


def cached_demo_flag(store: Store) -> bool:
    """Whether the database holds the demo municipality (read once per data version)."""
    return _demo(store, store.version)


@st.cache_resource(show_spinner=False, max_entries=8)
def _demo(_store: Store, version: Hashable) -> bool:
    return is_demo(_store)


def cached_organisation(store: Store) -> pd.DataFrame:
    """The whole organisation, read once per data version (do not change the frame)."""
    return _organisation(store, store.version)


@st.cache_resource(show_spinner=False, max_entries=8)
def _organisation(_store: Store, version: Hashable) -> pd.DataFrame:
    return read_organisation(_store)


def visible_organisation_of(store: Store, access: Access) -> pd.DataFrame:
    """The part of the organisation the person may see, once per data version."""
    return _visible(store, store.version, access_key(access), access)


@st.cache_resource(show_spinner=False, max_entries=64)
def _visible(_store: Store, version: Hashable, key: Hashable, _access: Access) -> pd.DataFrame:
    return visible_organisation(cached_organisation(_store), _access)


def remember(view: View, name: str, key: Hashable, compute: Callable[[], T]) -> T:
    """What `compute()` returns, computed once per data version, sight (what the person may
    see) and `key`, and shared by every session that sees the same; the caller must not change
    it. `compute` must depend on the person only through what they may see.

    Pages wrap what does not change between reruns in this: the figures of a page stay the
    same until the data change, while a rerun comes with every click.
    """
    # The store's version now, not when the run began: a page that imports and then reads
    # in the same run sees what it imported.
    return _remembered(name, view.store.version, view.sight_key, key, compute)


@st.cache_resource(show_spinner=False, max_entries=1024)
def _remembered(
    name: str, version: Hashable, person: Hashable, key: Hashable, _compute: Callable[[], T]
) -> T:
    return _compute()


def remember_content(name: str, content: Hashable, compute: Callable[[], T]) -> T:
    """What `compute()` returns for inputs whose content is `content` (their fingerprint, with
    whatever else the result depends on): kept across data versions while the inputs stay the
    same, so an accounts upload does not make the sick-leave page compute its figures again."""
    return _by_content(name, content, compute)


@st.cache_resource(show_spinner=False, max_entries=512)
def _by_content(name: str, content: Hashable, _compute: Callable[[], T]) -> T:
    return _compute()


def fingerprint(frame: pd.DataFrame) -> tuple[int, tuple[str, ...], int]:
    """The content of a frame as a small key: rows, columns and a hash of every value."""
    values = int(pd.util.hash_pandas_object(frame, index=False).sum()) if len(frame) else 0
    return len(frame), tuple(map(str, frame.columns)), values


def set_view(view: View) -> None:
    st.session_state[_VIEW_KEY] = view


def current_view() -> View:
    """The view app.py prepared for this run."""
    view = st.session_state.get(_VIEW_KEY)
    if view is None:
        st.switch_page("app.py")
    return view
