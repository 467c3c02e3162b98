"""`backup --out DIR` and `restore FILE`: copies of the database, and putting one back.

A backup is a consistent copy of the whole database made while the app runs (DuckDB copies
every table from one snapshot; pages and imports carry on), named
`<database>-YYYYMMDD-HHMMSS.duckdb`. `--keep N` keeps the newest N backups of that database in
DIR and deletes older ones (default 14: two weeks of nightly backups).

`restore FILE` checks that FILE is a database of this dashboard, then puts it in place of the
database. It refuses a database that holds data unless `--force` is given; the file it replaces
is kept beside it (`<database>.erstattet-YYYYMMDD-HHMMSS.duckdb`). Through the running app the
app swaps the file itself, so it never has to stop.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import duckdb

from analytics.cli.paths import input_file, output_dir
from analytics.core import audit, clock
from analytics.core.access import require_administrator
from analytics.core.errors import UserError
from analytics.core.formatting import format_number
from analytics.core.texts import t
from analytics.store import Store
from analytics.store.db import count_rows, known_migrations

DEFAULT_KEEP = 14
_STAMP = "%Y%m%d-%H%M%S"
_CONTENT_TABLES = ("users", "uploads", "organisation")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds `backup` and `restore`."""
    backup = subparsers.add_parser("backup", help=t("backup.cli.help"))
    backup.add_argument("--out", type=output_dir, required=True, help=t("backup.cli.out_help"))
    backup.add_argument("--keep", type=int, default=DEFAULT_KEEP, help=t("backup.cli.keep_help"))
    backup.set_defaults(handler=run_backup)
    restore = subparsers.add_parser("restore", help=t("backup.cli.restore_help"))
    restore.add_argument("file", type=input_file, help=t("backup.cli.file_help"))
    restore.add_argument("--force", action="store_true", help=t("backup.cli.force_help"))
    restore.set_defaults(handler=run_restore, system_only=True)


def run_backup(store: Store, args: argparse.Namespace) -> int:
    require_administrator(args.access)
    if args.keep < 1:
        raise UserError(t("backup.bad_keep", keep=args.keep))
    path = make_backup(store, args.out)
    removed = prune_backups(args.out, store.path, args.keep)
    audit.record(store, args.access.user, "backup", path.name)
    size = format_number(path.stat().st_size / 1_000_000, 1)
    print(t("backup.written", path=path, size=size))
    if removed:
        print(t("backup.pruned", count=len(removed), keep=args.keep))
    return 0


def backup_name(db_path: Path) -> str:
    """`<database>-YYYYMMDD-HHMMSS.duckdb` for now."""
    return f"{db_path.stem}-{clock.now().strftime(_STAMP)}.duckdb"


def make_backup(store: Store, folder: Path) -> Path:
    """A consistent copy of the whole database in `folder`; returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / backup_name(store.path)
    if target.exists():
        raise UserError(t("backup.exists", path=target))
    store.copy_to(target)
    return target


def prune_backups(folder: Path, db_path: Path, keep: int) -> list[Path]:
    """Deletes all but the newest `keep` backups of this database in `folder` (by the time in
    their names; other files are left alone); returns what was deleted."""
    pattern = re.compile(rf"^{re.escape(db_path.stem)}-\d{{8}}-\d{{6}}\.duckdb$")
    backups = sorted(item for item in folder.iterdir() if pattern.match(item.name))
    doomed = backups[:-keep] if len(backups) > keep else []
    for item in doomed:
        item.unlink()
    return doomed


def run_restore(store: Store, args: argparse.Namespace) -> int:
    source: Path = args.file
    check_backup(source)
    held = held_data(store)
    if held and not args.force:
        raise UserError(t("backup.restore_refused", path=store.path, held=held))
    keep_as = store.path.with_name(
        f"{store.path.stem}.erstattet-{clock.now().strftime(_STAMP)}.duckdb"
    )
    store.replace_with(source, keep_as)
    audit.record(store, args.access.user, "restore", source.name)
    print(t("backup.restored", path=store.path, source=source, kept=keep_as))
    return 0


def held_data(store: Store) -> str:
    """What the database holds, as text ("5 users, 3 uploads"), or "" when it is empty."""
    counts = {table: count_rows(store, table) for table in _CONTENT_TABLES}
    return ", ".join(
        t(f"backup.count.{table}", count=count) for table, count in counts.items() if count
    )


def check_backup(source: Path) -> None:
    """Raises UserError unless `source` is a database of this dashboard that this version can
    open (opened read-only, so the file is not changed)."""
    if not source.is_file():
        raise UserError(t("backup.no_file", path=source))
    try:
        connection = duckdb.connect(str(source), read_only=True)
    except duckdb.Error:
        raise UserError(t("backup.not_a_database", path=source)) from None
    try:
        rows = connection.execute("SELECT number FROM schema_migrations").fetchall()
    except duckdb.Error:
        raise UserError(t("backup.not_ours", path=source)) from None
    finally:
        connection.close()
    numbers = {int(row[0]) for row in rows}
    if not numbers or not numbers <= known_migrations():
        raise UserError(t("backup.newer", path=source))
