"""The command line, `python -m analytics [--db PATH] COMMAND …`.

Each module named in COMMAND_MODULES adds its subcommands with `register(subparsers)`; a
subcommand's handler takes the open Store and the parsed arguments and returns the exit code.
User errors become a Norwegian message on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from analytics.core.errors import UserError
from analytics.core.texts import t
from analytics.store import open_store
from analytics.store.db import close_all

COMMAND_MODULES = (
    "demo",
    "economy",
    "finance",
    "imports",
    "programme",
    "projects",
    "users",
    "report",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analytics", description=t("cli.description"))
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help="DuckDB-fil (standard: $KOMMUNE_DB eller data/kommune.duckdb)",
    )
    subparsers = parser.add_subparsers(dest="command", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(f"analytics.cli.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        # A pure calculation (`loan`) opens no database, so it also runs beside the app.
        store = open_store(args.db) if getattr(args, "needs_store", True) else None
        return int(args.handler(store, args))
    except UserError as error:
        print(t("cli.error", message=error), file=sys.stderr)
        return 2
    finally:
        close_all()
