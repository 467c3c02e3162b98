"""`projects`: every investment project's year: budget, accounts, spend to date, forecast of the
final cost against the council's cost frame, and status."""

from __future__ import annotations

import argparse

from analytics.cli.output import print_json, print_table
from analytics.core.access import Access
from analytics.core.artgroups import INVESTMENT
from analytics.core.errors import UserError
from analytics.core.formatting import format_nok, month_name
from analytics.core.texts import t
from analytics.investments.figures import AMOUNT_KEYS, ProjectStatus
from analytics.investments.records import load_portfolio
from analytics.store import Store
from analytics.store.ledger import latest_month

# The contract of `projects --json`: one object per project with exactly these keys.
JSON_KEYS = (
    "code",
    "name",
    "unit",
    "frame",
    "budget_year",
    "actual_year",
    "actual_to_date",
    "forecast_final",
    "forecast_gap",
    "status",
)
AMOUNTS = (
    "frame",
    "budget_year",
    "actual_year",
    "actual_to_date",
    "forecast_final",
    "forecast_gap",
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds `projects`."""
    command = subparsers.add_parser("projects", help=t("investments.cli.help"))
    command.add_argument("--year", type=int, required=True, help=t("investments.cli.year"))
    command.add_argument("--month", type=int, default=None, help=t("investments.cli.month"))
    command.add_argument("--json", action="store_true", help=t("cli.json"))
    command.set_defaults(handler=run_projects)


def run_projects(store: Store, args: argparse.Namespace) -> int:
    """Prints the projects of the year: JSON objects, or a table for people."""
    if args.month is not None and not 1 <= args.month <= 12:
        raise UserError(t("economy.cli.bad_month", month=args.month))
    month = args.month or latest_month(store, args.year, INVESTMENT) or 12
    statuses = load_portfolio(store, Access.system()).statuses(args.year, month)
    if args.json:
        print_json([as_json(status) for status in statuses])
        return 0
    print(t("investments.cli.heading", year=args.year, month=month_name(month)))
    if not statuses:
        print(t("investments.none"))
        return 0
    print_table([t(f"investments.col.{key}") for key in JSON_KEYS], [_row(s) for s in statuses])
    return 0


def as_json(status: ProjectStatus) -> dict[str, object]:
    """The object of one project (JSON_KEYS); amounts in NOK, null where there is no frame."""
    values = {**vars(status), "unit": status.unit_code, "status": str(status.status)}
    return {key: values[key] for key in JSON_KEYS}


def _row(status: ProjectStatus) -> list[str]:
    values = as_json(status)
    cells = []
    for key in JSON_KEYS:
        value = values[key]
        if key in AMOUNT_KEYS:
            cells.append("–" if value is None else format_nok(float(value)))  # type: ignore[arg-type]
        elif key == "status":
            cells.append(t(f"status.{value}"))
        else:
            cells.append(str(value))
    return cells
