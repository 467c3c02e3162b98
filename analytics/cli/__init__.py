"""The command line, `python -m analytics [--db PATH] [--server URL] COMMAND …`.

Each module named in COMMAND_MODULES adds its subcommands with `register(subparsers)`; a
subcommand's handler takes the open Store and the parsed arguments (`args.access` is who runs
it) and returns the exit code. User errors become a Norwegian message on stderr and exit code 2;
an unexpected error a message with an error id (details in the log) and exit code 1.

Where it runs: while the app runs on the database file it holds the file, so the command is
sent to the app (found through the address file next to the database, `analytics.cli.address`)
and run there by the same handler (`analytics.cli.runner`); `--server URL` (or `$KOMMUNE_URL`)
with an API token in `$KOMMUNE_TOKEN` sends it to an app elsewhere. Otherwise the command opens
the file itself. The output and exit code are the same either way.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from types import ModuleType

from analytics.core.access import Access
from analytics.core.errors import UserError
from analytics.core.incidents import log_to_file, record_unexpected
from analytics.core.texts import LANGUAGE_NAMES, known_language, t, using_language
from analytics.store import Store, default_db_path, open_store
from analytics.store.db import close_all

COMMAND_MODULES = (
    "demo",
    "economy",
    "finance",
    "imports",
    "indicators",
    "programme",
    "projects",
    "users",
    "report",
    "tertial",
    "tokens",
    "backup",
)


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help=t("cli.help.db"),
    )
    parser.add_argument(
        "--server",
        default=None,
        help=t("cli.help.server"),
    )
    parser.add_argument("--lang", type=_language, default=None, help=t("cli.help.lang"))


def _language(value: str) -> str:
    """A language code as people write it (nb, se, sme, se_NO …), as the table's code."""
    code = known_language(value)
    if code is None or code not in LANGUAGE_NAMES:
        raise argparse.ArgumentTypeError(t("cli.bad_lang", language=value))
    return code


def in_language(args: argparse.Namespace) -> AbstractContextManager[None]:
    """Texts and formats of the command's output and files in its `--lang`, else the default."""
    language = getattr(args, "lang", None)
    return using_language(language) if language else nullcontext()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analytics", description=t("cli.description"))
    _add_global_options(parser)
    subparsers = parser.add_subparsers(dest="command", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(f"analytics.cli.{name}").register(subparsers)
    return parser


def split_global_options(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """The global options (before the command) and the command's own arguments."""
    parser = argparse.ArgumentParser(add_help=False)
    _add_global_options(parser)
    parser.add_argument("command_argv", nargs=argparse.REMAINDER)
    options, _ = parser.parse_known_args(list(argv))
    return options, list(options.command_argv)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(arguments)
    from analytics.cli import remote  # the client side of the API, only where it is used

    with in_language(args):
        return _dispatch(parser, args, arguments, remote)


def _dispatch(
    parser: argparse.ArgumentParser,
    args: argparse.Namespace,
    arguments: list[str],
    remote: ModuleType,
) -> int:
    try:
        if not getattr(args, "needs_store", True):  # a pure calculation (`loan`): no database
            args.access = Access.system()
            return run_parsed(None, args)[0]
        app = remote.find_app(args.server, args.db or default_db_path())
        if app is not None:
            command_argv = split_global_options(arguments)[1]
            if args.lang:  # the app runs the command in the language asked for
                command_argv = ["--lang", args.lang, *command_argv]
            return remote.run_in_app(app, parser, args, command_argv)
        return run_locally(args)
    except UserError as error:
        print(t("cli.error", message=error), file=sys.stderr)
        return 2


def run_locally(args: argparse.Namespace) -> int:
    """Opens the database file and runs the command as the system."""
    db_path = Path(args.db or default_db_path())
    log_to_file(log_path(db_path))
    try:
        store = open_store(db_path)
        args.access = Access.system()
        return run_parsed(store, args)[0]
    except UserError as error:
        print(t("cli.error", message=error), file=sys.stderr)
        return 2
    except Exception as error:
        incident = record_unexpected(error, f"kommando {args.command}")
        print(t("cli.unexpected_local", id=incident, log=log_path(db_path)), file=sys.stderr)
        return 1
    finally:
        close_all()


def log_path(db_path: Path) -> Path:
    """Where the command line logs the details of unexpected errors."""
    return db_path.resolve().with_name(db_path.name + ".feil.log")


def run_parsed(store: Store | None, args: argparse.Namespace) -> tuple[int, UserError | None]:
    """Runs the parsed command's handler; a UserError becomes its message on stderr and exit
    code 2 (returned with the code). The one way a command runs, here and in the app."""
    try:
        return int(args.handler(store, args)), None
    except UserError as error:
        print(t("cli.error", message=error), file=sys.stderr)
        return 2, error
