"""`loan`: a loan's yearly interest, instalment and balance (annuity or serial)."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from analytics.cli.output import print_json, print_table
from analytics.core.formatting import format_number
from analytics.core.texts import t
from analytics.finance.loans import LOAN_KINDS, LoanTerms, schedule
from analytics.store import Store

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
