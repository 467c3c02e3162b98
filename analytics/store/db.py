"""The DuckDB file: one connection per process, a cursor per thread, writes serialised."""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from analytics.core.errors import StoreLocked
from analytics.core.texts import t

DEFAULT_DB = Path("data/kommune.duckdb")
_MIGRATIONS = "analytics.store.migrations"


def default_db_path() -> Path:
    """The database file: $KOMMUNE_DB when set, else data/kommune.duckdb."""
    return Path(os.environ.get("KOMMUNE_DB") or DEFAULT_DB)


class Store:
    """One open DuckDB file. Share one instance per process and path (see `open_store`)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._connection = _connect(self.path)
        self._local = threading.local()
        self._write_lock = threading.RLock()
        self.apply_migrations()

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """This thread's cursor on the shared connection."""
        cursor = getattr(self._local, "cursor", None)
        if cursor is None:
            cursor = self._connection.cursor()
            self._local.cursor = cursor
        return cursor

    def frame(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> pd.DataFrame:
        """Runs a query and returns its result as a DataFrame."""
        return self.cursor().execute(sql, params).df()

    def rows(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[tuple[Any, ...]]:
        return self.cursor().execute(sql, params).fetchall()

    def value(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        row = self.cursor().execute(sql, params).fetchone()
        return None if row is None else row[0]

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """All or nothing: commits when the block ends, rolls back on any error.

        A transaction begun inside another (on the same thread) joins it: an import that
        stores rows of several areas does so in one transaction, or not at all.
        """
        with self._write_lock:
            cursor = self.cursor()
            if getattr(self._local, "in_transaction", False):
                yield cursor
                return
            cursor.execute("BEGIN TRANSACTION")
            self._local.in_transaction = True
            try:
                yield cursor
            except BaseException:
                self._local.in_transaction = False
                cursor.execute("ROLLBACK")
                raise
            self._local.in_transaction = False
            cursor.execute("COMMIT")

    def apply_migrations(self) -> None:
        """Applies the numbered SQL files in store/migrations that this file has not seen."""
        cursor = self.cursor()
        cursor.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (number INTEGER PRIMARY KEY, name TEXT)"
        )
        done = {row[0] for row in cursor.execute("SELECT number FROM schema_migrations").fetchall()}
        for number, name, sql in _migrations():
            if number in done:
                continue
            with self.transaction() as tx:
                tx.execute(sql)
                tx.execute("INSERT INTO schema_migrations VALUES (?, ?)", [number, name])

    def close(self) -> None:
        """Closes the connection (the file's lock is released)."""
        self._connection.close()


def _migrations() -> list[tuple[int, str, str]]:
    found = []
    for entry in resources.files(_MIGRATIONS).iterdir():
        match = re.match(r"(\d{3})_(\w+)\.sql$", entry.name)
        if match:
            found.append((int(match.group(1)), match.group(2), entry.read_text(encoding="utf-8")))
    return sorted(found)


def _connect(path: Path) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(path))
    except duckdb.IOException as error:
        if "lock" not in str(error).lower():
            raise
        pid = re.search(r"PID (\d+)", str(error))
        raise StoreLocked(t("store.locked", path=path, pid=pid.group(1) if pid else "?")) from error


def count_rows(store: Store, table: str) -> int:
    """The number of rows in one of the schema's tables."""
    return int(store.value(f'SELECT count(*) FROM "{table}"'))


def empty_database(store: Store) -> None:
    """Deletes every row of every table but the migration record, in one transaction."""
    tables = [
        row[0]
        for row in store.rows(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_type = 'BASE TABLE' AND table_name <> 'schema_migrations'"
        )
    ]
    with store.transaction() as tx:
        for table in tables:
            tx.execute(f'DELETE FROM "{table}"')


_open: dict[Path, Store] = {}
_open_lock = threading.Lock()


def open_store(path: Path | str | None = None) -> Store:
    """The process's one Store for this path, opened (and migrated) on first use."""
    resolved = Path(path or default_db_path()).resolve()
    with _open_lock:
        store = _open.get(resolved)
        if store is None:
            store = Store(resolved)
            _open[resolved] = store
        return store


def close_all() -> None:
    """Closes every Store this process opened (tests, and the command line on exit)."""
    with _open_lock:
        for store in _open.values():
            store.close()
        _open.clear()
