"""The app process is the one owner of the database file.

At start the lifespan opens the store (DuckDB lets one process hold the file) and writes the
address file next to it, so the command line sends its jobs here; at shutdown it removes the
file and closes the store. If a command-line job holds the file when the app starts, the app
starts anyway: every request opens the store on first need (`current_store`), and the pages
say that the database is busy and try again until the job is done.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from streamlit import config
from streamlit.runtime.pages_manager import PagesManager

from analytics.cli import capture
from analytics.cli.address import AppAddress, new_local_key, remove_address, write_address
from analytics.core.errors import StoreLocked
from analytics.core.incidents import log_to_server_log, note
from analytics.store import Store, default_db_path, open_store
from analytics.store.db import close_all
from ui.addresses import base_path

_LOCAL_KEY = new_local_key()  # the command line's key on this machine, new each start


def database_path() -> Path:
    """The database file this app serves ($KOMMUNE_DB, else data/kommune.duckdb)."""
    return default_db_path().resolve()


def current_store() -> Store:
    """The app's store, opened on first need; raises StoreLocked while another process holds
    the file."""
    return open_store(database_path())


def local_key() -> str:
    """The key in the address file: the command line on this machine runs as the system."""
    return _LOCAL_KEY


def local_url() -> str:
    """How a program on this machine reaches the app."""
    address = str(config.get_option("server.address") or "127.0.0.1")
    if address in ("0.0.0.0", "::", ""):
        address = "127.0.0.1"
    host = f"[{address}]" if ":" in address else address
    return f"http://{host}:{config.get_option('server.port')}{base_path()}"


@asynccontextmanager
async def lifespan(_app: Any) -> AsyncIterator[None]:
    """Opens the store and announces the app; undoes both at shutdown."""
    log_to_server_log()
    capture.install()
    # The pages are declared with st.navigation (app.py); the folder pages/ only holds their
    # files. Without this, Streamlit would treat it as its older pages folder and send the first
    # browser after a start to the default page instead of the page it asked for.
    PagesManager.uses_pages_directory = False
    path = database_path()
    try:
        current_store()
    except StoreLocked as busy:
        note("Databasen er i bruk ved start; prøver igjen ved neste forespørsel: %s", busy)
    write_address(path, AppAddress(local_url(), os.getpid(), _LOCAL_KEY))
    note("Appen eier %s og svarer på %s", path, local_url())
    try:
        yield
    finally:
        remove_address(path, os.getpid())
        close_all()
