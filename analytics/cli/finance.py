"""`loan`: a loan's yearly interest, instalment and balance (annuity or serial)."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from analytics.cli.output import print_json, print_table
from analytics.core import clock
from analytics.core.errors import UserError
from analytics.core.formatting import format_nok, format_number, format_pct
from analytics.core.settings import load_settings
from analytics.core.texts import t
from analytics.finance.books import (
    YEAR_KEYS,
    as_of,
    compute_room,
    may_see_room,
    read_books,
    year_row,
)
from analytics.finance.loans import LOAN_KINDS, LoanTerms, schedule
from analytics.store import Store
from analytics.store.ledger import years_with_data
from analytics.store.organisation import read_organisation

LOAN_KEYS = ("year", "interest", "instalment", "balance")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds `loan`."""
    loan = subparsers.add_parser("loan", help=t("finance.cli.loan_help"))
    loan.add_argument("--amount", type=_number, required=True, help=t("finance.cli.amount"))
    loan.add_argument("--rate", type=_number, required=True, help=t("finance.cli.rate"))
    loan.add_argument("--years", type=int, required=True, help=t("finance.cli.years"))
    loan.add_argument("--kind", choices=LOAN_KINDS, required=True, help=t("finance.cli.kind"))
    loan.add_argument("--start", type=int, required=True, help=t("finance.cli.start"))
    loan.add_argument("--json", action="store_true", help=t("cli.json"))
    loan.set_defaults(handler=run_loan, needs_store=False)
    register_finance(subparsers)


def _number(text: str) -> float:
    """A number as a Norwegian writes it: `4,25`, `1 000 000`."""
    return float(text.replace(" ", "").replace("\u00a0", "").replace(",", "."))


def run_loan(store: Store | None, args: argparse.Namespace) -> int:
    """Prints the loan year by year: one object per year in JSON, a table for people."""
    terms = LoanTerms(args.amount, args.rate, args.years, args.kind, args.start)
    years = schedule(terms)
    if args.json:
        print_json([{key: asdict(year)[key] for key in LOAN_KEYS} for year in years])
        return 0
    print(t("finance.cli.loan_heading", kind=t(f"finance.loan_kind.{args.kind}"), years=args.years))
    print_table(
        [t(f"finance.col.{key}") for key in LOAN_KEYS],
        [
            [
                str(year.year),
                *(
                    format_number(value, 2)
                    for value in (year.interest, year.instalment, year.balance)
                ),
            ]
            for year in years
        ],
    )
    return 0


def register_finance(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds `finance`."""
    finance = subparsers.add_parser("finance", help=t("finance.cli.finance_help"))
    finance.add_argument("--year", type=int, required=True, help=t("finance.cli.finance_year"))
    finance.add_argument("--json", action="store_true", help=t("cli.json"))
    finance.set_defaults(handler=run_finance)


def run_finance(store: Store, args: argparse.Namespace) -> int:
    """Prints the key figures per year, from the accounts to the plan's last year."""
    if not may_see_room(args.access, read_organisation(store)):
        raise UserError(t("finance.not_allowed"))
    if args.year not in years_with_data(store):
        raise UserError(t("finance.cli.no_data", year=args.year))
    books = read_books(store, as_of(args.year, clock.today()))
    room = compute_room(books, load_settings(store))
    rows = [year_row(year) for year in room.years]
    if args.json:
        print_json(rows)
        return 0
    print(t("finance.cli.finance_heading", first=rows[0]["year"], last=rows[-1]["year"]))
    print_table(
        [t(f"finance.key.{key}") for key in YEAR_KEYS],
        [[_cell(key, row[key]) for key in YEAR_KEYS] for row in rows],
    )
    return 0


def _cell(key: str, value: object) -> str:
    if key == "year":
        return str(value)
    if key == "source":
        return t(f"finance.source.{value}")
    number = None if value is None else float(str(value))
    return format_pct(number, 2) if key.endswith("_pct") else format_nok(number)
