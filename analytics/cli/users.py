"""`users add|list|remove|set-password` and `audit`: accounts and the audit log.

A password is read from standard input (hidden with getpass at a terminal) and never printed.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from analytics.accounts.users import add_user, list_users, remove_user, set_password
from analytics.cli.output import print_json, print_table
from analytics.core.audit import action_label, read_audit_log_for
from analytics.core.errors import UserError
from analytics.core.formatting import format_datetime
from analytics.core.texts import t
from analytics.store import Store


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds `users …` and `audit`."""
    users = subparsers.add_parser("users", help=t("users.cli.help"))
    commands = users.add_subparsers(dest="users_command", required=True)

    add = commands.add_parser("add", help=t("users.cli.add_help"))
    add.add_argument("name")
    add.add_argument("--role", required=True, help=t("users.cli.role_help"))
    add.add_argument("--units", default="", help=t("users.cli.units_help"))
    add.add_argument("--email", default=None)
    add.add_argument("--no-password", action="store_true", help=t("users.cli.no_password_help"))
    add.set_defaults(handler=run_add, stdin=password_to_send)

    listing = commands.add_parser("list", help=t("users.cli.list_help"))
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)

    remove = commands.add_parser("remove", help=t("users.cli.remove_help"))
    remove.add_argument("name")
    remove.set_defaults(handler=run_remove)

    password = commands.add_parser("set-password", help=t("users.cli.set_password_help"))
    password.add_argument("name")
    password.set_defaults(handler=run_set_password, stdin=password_to_send)

    log = subparsers.add_parser("audit", help=t("users.cli.audit_help"))
    log.add_argument("--json", action="store_true")
    log.add_argument("--limit", type=int, default=50)
    log.set_defaults(handler=run_audit)


def run_add(store: Store, args: argparse.Namespace) -> int:
    password = None if args.no_password else read_password()
    units = [code for code in args.units.split(",") if code.strip()]
    user = add_user(store, args.access, args.name, args.role, units, args.email, password)
    print(t("users.cli.added", name=user.name, role=t(f"role.{user.role}")))
    return 0


def run_list(store: Store, args: argparse.Namespace) -> int:
    users = list_users(store, args.access)
    if args.json:
        print_json(users.astype({"created_at": str}).to_dict(orient="records"))
        return 0
    headers = [t("auth.name"), t("users.col.email"), t("auth.role"), t("users.col.units")]
    headers.append(t("auth.password"))
    rows = [
        [
            row.name,
            row.email,
            t(f"role.{row.role}"),
            row.units,
            t("users.col.demo_password")
            if row.is_demo
            else t(f"users.col.has_password.{row.has_password}"),
        ]
        for row in users.itertuples()
    ]
    print_table(headers, rows)
    return 0


def run_remove(store: Store, args: argparse.Namespace) -> int:
    remove_user(store, args.access, args.name)
    print(t("users.cli.removed", name=args.name))
    return 0


def run_set_password(store: Store, args: argparse.Namespace) -> int:
    set_password(store, args.access, args.name, read_password())
    print(t("users.cli.password_set", name=args.name))
    return 0


def run_audit(store: Store, args: argparse.Namespace) -> int:
    log = read_audit_log_for(store, args.access, args.limit)
    if args.json:
        print_json(log.astype({"happened_at": str}).to_dict(orient="records"))
        return 0
    rows = [
        [format_datetime(happened_at), actor, action_label(action), detail]
        for happened_at, actor, action, detail in log.itertuples(index=False, name=None)
    ]
    print_table([t(f"audit.col.{column}") for column in log.columns], rows)
    return 0


def password_to_send(args: argparse.Namespace) -> str | None:
    """What the command reads from standard input, asked here when the command runs in the
    app: the new password (none for `add --no-password`)."""
    return None if getattr(args, "no_password", False) else read_password()


def read_password() -> str:
    """The new password: asked twice, hidden, at a terminal; else the first line of stdin."""
    if sys.stdin.isatty():
        password = getpass.getpass(t("users.cli.password_prompt"))
        if getpass.getpass(t("users.cli.password_again")) != password:
            raise UserError(t("users.cli.password_mismatch"))
        return password
    return sys.stdin.readline().rstrip("\r\n")
