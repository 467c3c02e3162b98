"""The store: migrations, all-or-nothing transactions, text codes, one process per file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from analytics.core.errors import StoreLocked
from analytics.store import Store, default_db_path, open_store
from analytics.store.db import _migrations, close_all

HOLD_FILE = """
import sys, time, duckdb
connection = duckdb.connect(sys.argv[1])
print("holding", flush=True)
time.sleep(60)
"""


def test_every_migration_is_applied_and_recorded(store: Store) -> None:
    recorded = store.rows("SELECT number, name FROM schema_migrations ORDER BY number")
    assert recorded == [(number, name) for number, name, _ in _migrations()]
    assert [number for number, _ in recorded][:5] == [1, 2, 3, 4, 5]


def test_reopening_a_file_does_not_apply_migrations_again(tmp_path: Path) -> None:
    path = tmp_path / "again.duckdb"
    first = Store(path)
    first.cursor().execute("INSERT INTO meta VALUES ('marker', 'kept')")
    first.close()
    second = Store(path)  # would fail on CREATE TABLE if a migration ran twice
    assert second.value("SELECT count(*) FROM schema_migrations") == len(_migrations())
    assert second.value("SELECT value FROM meta WHERE key = 'marker'") == "kept"
    second.close()


def test_a_failing_transaction_leaves_nothing(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction() as tx:
        tx.execute(
            "INSERT INTO organisation VALUES ('0100', 'Rådmann', '010', 'Stab', '0', 'Stab')"
        )
        raise RuntimeError("midway")
    assert store.value("SELECT count(*) FROM organisation") == 0


def test_a_transaction_commits_when_the_block_ends(store: Store) -> None:
    with store.transaction() as tx:
        tx.execute("INSERT INTO settings VALUES ('municipality_name', 'Kárášjohka')")
    assert store.value("SELECT value FROM settings") == "Kárášjohka"


@pytest.mark.parametrize("code", ["0100", "F357", "007", "12a"])
def test_codes_keep_leading_zeros_and_letters(store: Store, code: str) -> None:
    with store.transaction() as tx:
        tx.execute(
            "INSERT INTO organisation VALUES (?, 'Ansvar', ?, 'Enhet', ?, 'Sektor')",
            [code, code, code],
        )
        tx.execute(
            "INSERT INTO accounts_lines (upload_id, year, period, ansvar, art, amount) "
            "VALUES (1, 2026, 1, ?, '01010', 100)",
            [code],
        )
    frame = store.frame("SELECT ansvar, unit_code, sector_code FROM organisation")
    assert frame.iloc[0].tolist() == [code, code, code]
    assert store.value("SELECT ansvar || '/' || art FROM accounts_lines") == f"{code}/01010"


def test_amounts_keep_their_sign_and_ore(store: Store) -> None:
    with store.transaction() as tx:
        tx.execute(
            "INSERT INTO accounts_lines (upload_id, year, period, ansvar, art, amount) VALUES "
            "(1, 2026, 1, 'A', '16200', -1362250.55), (1, 2026, 1, 'A', '10100', 1234.45)"
        )
    assert float(store.value("SELECT sum(amount) FROM accounts_lines")) == pytest.approx(
        -1361016.10
    )


def test_period_outside_1_to_13_is_refused(store: Store) -> None:
    with pytest.raises(Exception, match="CHECK"), store.transaction() as tx:
        tx.execute(
            "INSERT INTO accounts_lines (upload_id, year, period, ansvar, art, amount) "
            "VALUES (1, 2026, 14, 'A', '10100', 1)"
        )


def test_open_store_gives_one_store_per_path(tmp_path: Path) -> None:
    path = tmp_path / "one.duckdb"
    assert open_store(path) is open_store(str(path))
    close_all()


def test_kommune_db_overrides_the_default_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KOMMUNE_DB", raising=False)
    assert default_db_path() == Path("data/kommune.duckdb")
    monkeypatch.setenv("KOMMUNE_DB", "/tmp/annen.duckdb")
    assert default_db_path() == Path("/tmp/annen.duckdb")


def test_a_file_held_by_another_process_gives_a_norwegian_message(tmp_path: Path) -> None:
    path = tmp_path / "held.duckdb"
    Store(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_FILE, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        with pytest.raises(StoreLocked) as error:
            Store(path)
        message = str(error.value)
        assert str(path) in message
        assert "i bruk av en annen prosess" in message
        assert f"PID {holder.pid}" in message
    finally:
        holder.kill()
        holder.wait()


def test_the_version_moves_with_data_but_not_with_bookkeeping(tmp_path: Path) -> None:
    store = Store(tmp_path / "version.duckdb")
    other = Store(tmp_path / "other.duckdb")
    assert store.version != other.version  # caches of two files never mix
    before = store.version
    with store.transaction(bookkeeping=True) as tx:
        tx.execute("INSERT INTO meta VALUES ('seen', 'x')")
    assert store.version == before
    with store.transaction() as tx:
        tx.execute("INSERT INTO settings VALUES ('municipality_name', 'Kárášjohka')")
    assert store.version != before
    with pytest.raises(ValueError), store.transaction() as tx:
        tx.execute("INSERT INTO settings VALUES ('lockout_minutes', '30')")
        raise ValueError("rolled back")
    after_rollback = store.version
    with store.transaction() as tx:
        pass
    assert store.version != after_rollback
    store.close()
    other.close()


def test_a_copy_holds_everything_and_replacing_the_file_keeps_the_old_one(tmp_path: Path) -> None:
    store = Store(tmp_path / "kommune.duckdb")
    with store.transaction() as tx:
        tx.execute("INSERT INTO meta VALUES ('marker', 'Čáhppesvuotna')")
    copy = tmp_path / "kopi.duckdb"
    store.copy_to(copy)
    with pytest.raises(FileExistsError):
        store.copy_to(copy)
    with store.transaction() as tx:
        tx.execute("UPDATE meta SET value = 'endret' WHERE key = 'marker'")
    version = store.version
    store.replace_with(copy, tmp_path / "gammel.duckdb")
    assert store.value("SELECT value FROM meta WHERE key = 'marker'") == "Čáhppesvuotna"
    assert store.version != version
    store.close()
    kept = Store(tmp_path / "gammel.duckdb")
    assert kept.value("SELECT value FROM meta WHERE key = 'marker'") == "endret"
    kept.close()
