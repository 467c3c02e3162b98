"""`tertial`: the tertial report to the council as PDF or Word (.docx), optionally frozen."""

from __future__ import annotations

import argparse

from analytics.cli.paths import output_file
from analytics.core.errors import UserError
from analytics.core.texts import t
from analytics.report.tertial.report import freeze_tertial, make_tertial
from analytics.store import Store
from analytics.store.ledger import years_with_data

FORMATS = (".pdf", ".docx")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds `tertial`."""
    tertial = subparsers.add_parser("tertial", help=t("tertial.cli_help"))
    tertial.add_argument("--year", type=int, required=True, help=t("tertial.cli_year"))
    tertial.add_argument(
        "--tertial", type=int, choices=(1, 2), required=True, help=t("tertial.cli_tertial")
    )
    tertial.add_argument("--unit", default="", help=t("tertial.cli_unit"))
    tertial.add_argument("--out", type=output_file, required=True, help=t("tertial.cli_out"))
    tertial.add_argument("--freeze", action="store_true", help=t("tertial.cli_freeze"))
    tertial.add_argument("--made-by", default=None, help=t("tertial.cli_made_by"))
    tertial.set_defaults(handler=run_tertial)


def run_tertial(store: Store, args: argparse.Namespace) -> int:
    """Makes the report, writes it as PDF or Word by the file's ending, freezes it if asked."""
    suffix = args.out.suffix.lower()
    if suffix not in FORMATS:
        raise UserError(t("tertial.cli_bad_format", path=args.out))
    if args.year not in years_with_data(store):
        raise UserError(t("report.cli_no_data", year=args.year))
    access = args.access
    made = make_tertial(
        store, access, args.year, args.tertial, args.unit, args.made_by or access.user
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(made.pdf if suffix == ".pdf" else made.docx)
    print(t("tertial.cli_written", path=args.out, fingerprint=made.fingerprint))
    if args.freeze:
        print(t("tertial.cli_frozen", version=freeze_tertial(store, access, made)))
    return 0
