"""`backup --out DIR [--keep N]` and `restore FILE [--force]` (analytics/cli/backup.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from analytics.cli import main
from analytics.store import open_store
from analytics.store.db import close_all


def every_table(path: Path) -> dict[str, pd.DataFrame]:
    """Every base table of a database file, its rows in a fixed order."""
    connection = duckdb.connect(str(path), read_only=True)
    try:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_type = 'BASE TABLE' ORDER BY table_name"
            ).fetchall()
        ]
        return {
            name: connection.execute(f'SELECT * FROM "{name}" ORDER BY ALL').df() for name in names
        }
    finally:
        connection.close()


def test_a_restored_backup_holds_every_table_as_it_was(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = every_table(demo_db)
    folder = tmp_path / "sikkerhetskopier"
    assert main(["--db", str(demo_db), "backup", "--out", str(folder)]) == 0
    (backup,) = folder.glob("demo-*.duckdb")
    assert "Sikkerhetskopi skrevet til" in capsys.readouterr().out
    target = tmp_path / "ny" / "kommune.duckdb"
    assert main(["--db", str(target), "restore", str(backup)]) == 0
    assert "Gjenopprettet" in capsys.readouterr().out
    restored = every_table(target)
    log = restored["audit_log"]
    assert log["action"].tolist()[-1] == "restore"  # the one row the restore itself added
    restored["audit_log"] = log[log["action"] != "restore"].reset_index(drop=True)
    assert sorted(restored) == sorted(original)
    assert len(original) > 15 and original["accounts_lines"].shape[0] > 10_000
    for name, rows in original.items():
        pd.testing.assert_frame_equal(restored[name], rows, check_dtype=False, obj=name)


def test_restore_refuses_a_database_with_data_unless_forced(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "kopier"
    main(["--db", str(demo_db), "backup", "--out", str(folder)])
    (backup,) = folder.glob("*.duckdb")
    store = open_store(demo_db)
    store.cursor().execute("DELETE FROM workshop_comments")
    close_all()
    capsys.readouterr()
    assert main(["--db", str(demo_db), "restore", str(backup)]) == 2
    refusal = capsys.readouterr().err
    assert "har data (6 brukere" in refusal and "--force" in refusal
    assert main(["--db", str(demo_db), "restore", str(backup), "--force"]) == 0
    assert open_store(demo_db).value("SELECT count(*) FROM workshop_comments") > 0
    kept = list(tmp_path.glob("demo.erstattet-*.duckdb"))
    assert len(kept) == 1  # the database it replaced is kept beside it
    close_all()


def test_restore_refuses_what_is_not_a_backup_of_this_dashboard(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "kommune.duckdb"
    text = tmp_path / "notat.duckdb"
    text.write_text("ikke en database", encoding="utf-8")
    foreign = tmp_path / "fremmed.duckdb"
    duckdb.connect(str(foreign)).execute("CREATE TABLE x (a INTEGER)").close()
    newer = tmp_path / "nyere.duckdb"
    open_store(newer).cursor().execute("INSERT INTO schema_migrations VALUES (999, 'framtid')")
    close_all()
    for source, message in [
        (tmp_path / "borte.duckdb", "Fant ikke sikkerhetskopien"),
        (text, "er ikke en DuckDB-database"),
        (foreign, "er ikke en database fra dette dashbordet"),
        (newer, "nyere versjon av dashbordet"),
    ]:
        assert main(["--db", str(target), "restore", str(source)]) == 2
        assert message in capsys.readouterr().err


def test_backups_beyond_keep_are_deleted_oldest_first_and_other_files_stay(
    demo_db: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "kopier"
    folder.mkdir()
    older = ["demo-20240101-020000.duckdb", "demo-20240102-020000.duckdb"]
    for name in [*older, "notat.txt", "annen-20240101-020000.duckdb"]:
        shutil.copyfile(demo_db, folder / name) if name.endswith("duckdb") else (
            folder / name
        ).touch()
    assert main(["--db", str(demo_db), "backup", "--out", str(folder), "--keep", "2"]) == 0
    left = sorted(item.name for item in folder.iterdir())
    assert older[0] not in left and older[1] in left
    assert "notat.txt" in left and "annen-20240101-020000.duckdb" in left
    assert len([name for name in left if name.startswith("demo-")]) == 2


def test_keep_must_be_at_least_one(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_db), "backup", "--out", str(tmp_path), "--keep", "0"]) == 2
    assert "--keep må være minst 1" in capsys.readouterr().err
