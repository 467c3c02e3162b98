"""`tokens create|list|revoke`: API tokens for service accounts (the nightly import, a report
tool). Run on the server itself: through the running app with its local key, or on the file."""

from __future__ import annotations

import argparse

import pandas as pd

from analytics.accounts.tokens import create_token, list_tokens, revoke_token
from analytics.cli.output import print_json, print_table
from analytics.core.formatting import format_datetime
from analytics.core.texts import t
from analytics.store import Store


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds `tokens …`."""
    tokens = subparsers.add_parser("tokens", help=t("tokens.cli.help"))
    commands = tokens.add_subparsers(dest="tokens_command", required=True)
    create = commands.add_parser("create", help=t("tokens.cli.create_help"))
    create.add_argument("name", help=t("tokens.cli.name_help"))
    create.add_argument("--role", required=True, help=t("users.cli.role_help"))
    create.add_argument("--units", default="", help=t("users.cli.units_help"))
    create.add_argument("--expires-days", type=int, default=None, help=t("tokens.cli.expires_help"))
    create.set_defaults(handler=run_create, system_only=True)
    listing = commands.add_parser("list", help=t("tokens.cli.list_help"))
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list, system_only=True)
    revoke = commands.add_parser("revoke", help=t("tokens.cli.revoke_help"))
    revoke.add_argument("name")
    revoke.set_defaults(handler=run_revoke, system_only=True)


def run_create(store: Store, args: argparse.Namespace) -> int:
    """Prints the new token once, with how to use it."""
    units = [code for code in args.units.split(",") if code.strip()]
    token, record = create_token(store, args.access, args.name, args.role, units, args.expires_days)
    print(t("tokens.cli.created", name=record.name, role=t(f"role.{record.role}")))
    print(token)
    print(t("tokens.cli.shown_once"))
    return 0


def run_list(store: Store, args: argparse.Namespace) -> int:
    tokens = list_tokens(store, args.access)
    if args.json:
        print_json(tokens.astype(str).replace({"NaT": None, "None": None}).to_dict("records"))
        return 0
    headers = [
        t(f"tokens.col.{column}")
        for column in ("name", "role", "units", "created_at", "last_used_at", "active")
    ]
    rows = [
        [
            row["name"],
            t(f"role.{row['role']}"),
            row["units"] or "-",
            _when(row["created_at"]),
            _when(row["last_used_at"]),
            t(f"tokens.active.{bool(row['active'])}"),
        ]
        for row in tokens.to_dict("records")
    ]
    print_table(headers, rows)
    return 0


def _when(value: object) -> str:
    """A time as `02.12.2026 kl. 21:37`, or "-" when there is none."""
    if value is None or pd.isna(value):  # type: ignore[call-overload]
        return "-"
    return format_datetime(pd.Timestamp(value).to_pydatetime())  # type: ignore[arg-type]


def run_revoke(store: Store, args: argparse.Namespace) -> int:
    revoke_token(store, args.access, args.name)
    print(t("tokens.cli.revoked", name=args.name))
    return 0
