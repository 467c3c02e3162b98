"""The DuckDB file: one connection per process, a cursor per thread, writes serialised.

DuckDB lets one process hold a file: while the app runs it is the one owner, and everything
else (the command line, the nightly import) goes through the app. So the Store also knows when
its data changed: `version` moves with every committed write through it, and pages cache what
they computed under it.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
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
_STORE_NUMBERS = itertools.count(1)


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
        self._number = next(_STORE_NUMBERS)
        self._generation = 1
        self._writes = 0
        self.apply_migrations()

    @property
    def version(self) -> tuple[int, int, int]:
        """Moves with every committed write of data through this Store (not with the
        bookkeeping of sign-ins, sessions and the audit log), and differs between Stores:
        what pages cache under."""
        return self._number, self._generation, self._writes

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """This thread's cursor on the shared connection."""
        cursor = getattr(self._local, "cursor", None)
        if cursor is None or getattr(self._local, "generation", 0) != self._generation:
            cursor = self._connection.cursor()
            self._local.cursor = cursor
            self._local.generation = self._generation
        return cursor

    def frame(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> pd.DataFrame:
        """Runs a query and returns its result as a DataFrame."""
        return self.cursor().execute(sql, params).df()

    def rows(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[tuple[Any, ...]]:
        return self.cursor().execute(sql, params).fetchall()

    def value(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        row = self.cursor().execute(sql, params).fetchone()
        return None if row is None else row[0]

    @property
    def in_transaction(self) -> bool:
        """Whether this thread is inside `transaction` (another thread's cursor would not see
        its writes yet)."""
        return bool(getattr(self._local, "in_transaction", False))

    @contextmanager
    def transaction(self, bookkeeping: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """All or nothing: commits when the block ends, rolls back on any error.

        A transaction begun inside another (on the same thread) joins it: an import that
        stores rows of several areas does so in one transaction, or not at all.
        `bookkeeping` writes (sign-in attempts, sessions, tokens, the audit log) leave
        `version` where it is, so a sign-in does not empty every page's cache.
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
            if not bookkeeping:
                self._writes += 1

    def copy_to(self, target: Path) -> None:
        """Writes a consistent copy of the whole database to a new file `target`.

        DuckDB copies every table, view and sequence from one snapshot, so pages and imports
        carry on while it runs; the copy is compact (no free pages).
        """
        if target.exists():
            raise FileExistsError(target)
        with self._write_lock:  # one copy at a time: ATTACH is the connection's, not a cursor's
            cursor = self.cursor()
            source = cursor.execute("SELECT current_database()").fetchone()[0]  # type: ignore[index]
            cursor.execute("ATTACH ? AS backup_target", [str(target)])
            try:
                cursor.execute(f'COPY FROM DATABASE "{source}" TO backup_target')
            finally:
                cursor.execute("DETACH backup_target")

    def replace_with(self, source: Path, keep_as: Path) -> None:
        """Puts the database file `source` in place of this one, which is moved to `keep_as`.

        Closes and reopens the connection under the write lock, so no write of this process
        falls between; readers of other threads get fresh cursors on their next query.
        """
        with self._write_lock:
            self._connection.close()
            try:
                shutil.move(self.path, keep_as)
                wal = self.path.with_name(self.path.name + ".wal")
                if wal.exists():  # a closed connection leaves none; a crashed one might
                    shutil.move(wal, keep_as.with_name(keep_as.name + ".wal"))
                shutil.copyfile(source, self.path)
            finally:
                self._connection = _connect(self.path)
                self._generation += 1
                self._writes = 0
            self.apply_migrations()

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


def migrations_in_file(path: Path) -> set[int] | None:
    """The migration numbers applied to a database file, opened read-only (the file is not
    changed); None for a DuckDB file without our migrations table. Raises duckdb.Error when
    DuckDB cannot open the file."""
    connection = duckdb.connect(str(path), read_only=True)
    try:
        rows = connection.execute("SELECT number FROM schema_migrations").fetchall()
    except duckdb.Error:
        return None
    finally:
        connection.close()
    return {int(row[0]) for row in rows}


def known_migrations() -> set[int]:
    """The numbers of the migrations this version of the code knows."""
    return {number for number, _, _ in _migrations()}


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
        found = re.search(r"PID (\d+)", str(error))
        pid = found.group(1) if found else "?"
        raise StoreLocked(t("store.locked", path=path, pid=pid), pid) from error


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
