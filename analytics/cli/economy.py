"""`gaps`: budget gaps and year-end forecasts per sector, unit, ansvar, art group or project, in
the operating ledger (`--ledger investment` for the investment ledger)."""

from __future__ import annotations

import argparse

from analytics.cli.output import print_json, print_table
from analytics.core.artgroups import LEDGERS, OPERATING
from analytics.core.errors import UserError
from analytics.core.formatting import format_nok, format_pct, month_name
from analytics.core.texts import t
from analytics.economy.forecast import FORECAST_CHOICES
from analytics.economy.gaps import BudgetStatus, compute_gaps
from analytics.economy.tables import STATUS_COLUMNS
from analytics.store import Store
from analytics.store.ledger import latest_month, years_with_data

# The contract of `gaps --json`: the status columns without the forecast method.
JSON_KEYS = tuple(column for column in STATUS_COLUMNS if column != "forecast_method")
AMOUNT_KEYS = ("annual_budget", "budget_ytd", "actual_ytd", "gap_ytd", "forecast", "forecast_gap")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds this area's subcommands."""
    gaps = subparsers.add_parser("gaps", help=t("economy.cli.gaps_help"))
    gaps.add_argument("--year", type=int, required=True, help="Regnskapsår, f.eks. 2024")
    gaps.add_argument("--month", type=int, default=None, help="Til og med måned 1–12")
    gaps.add_argument(
        "--by",
        choices=("sector", "unit", "ansvar", "artgroup", "project"),
        default="sector",
        help="Nivå",
    )
    gaps.add_argument(
        "--ledger", choices=LEDGERS, default=OPERATING, help=t("economy.cli.ledger_help")
    )
    gaps.add_argument("--unit", default=None, help="Bare denne sektoren, enheten eller ansvaret")
    gaps.add_argument("--forecast", choices=FORECAST_CHOICES, default="auto", help="Prognose")
    gaps.add_argument("--json", action="store_true", help="Skriv JSON")
    gaps.set_defaults(handler=run_gaps)


def run_gaps(store: Store, args: argparse.Namespace) -> int:
    """Prints the gap table; the last row is the municipality's (or --unit's) total."""
    if args.month is not None and not 1 <= args.month <= 12:
        raise UserError(t("economy.cli.bad_month", month=args.month))
    if args.year not in years_with_data(store):
        raise UserError(t("economy.cli.no_data", year=args.year))
    month = args.month or latest_month(store, args.year, args.ledger) or 12
    table = compute_gaps(
        store, args.access, args.year, month, args.by, args.unit, args.forecast, args.ledger
    )
    rows = table.with_total()  # the scope's total is the last row
    if args.json:
        print_json([{key: getattr(row, key) for key in JSON_KEYS} for row in rows])
        return 0
    print(
        t(
            "economy.cli.heading",
            year=args.year,
            month=month_name(month),
            method=t(f"economy.method.{args.forecast.replace('-', '_')}"),
        )
    )
    print_table([t(f"economy.col.{key}") for key in JSON_KEYS], [_text_row(r) for r in rows])
    return 0


def _text_row(row: BudgetStatus) -> list[str]:
    cells = []
    for key in JSON_KEYS:
        value = getattr(row, key)
        if key in AMOUNT_KEYS:
            cells.append(format_nok(value))
        elif key == "consumption_pct":
            cells.append(format_pct(value))
        elif key == "status":
            cells.append(t(f"status.{value}"))
        else:
            cells.append(str(value))
    return cells
