"""`snapshot`: make the snapshot report as PDF; `reports`: the archive of reports made."""

from __future__ import annotations

import argparse

from analytics.cli.output import print_json, print_table
from analytics.cli.paths import output_file
from analytics.core.errors import UserError
from analytics.core.texts import t
from analytics.report.archive import archive_table, archived_reports
from analytics.report.snapshot import make_snapshot
from analytics.store import Store
from analytics.store.ledger import years_with_data
from analytics.store.organisation import read_organisation


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds this area's subcommands."""
    snapshot = subparsers.add_parser("snapshot", help=t("report.cli_snapshot_help"))
    snapshot.add_argument("--year", type=int, required=True, help="År, f.eks. 2026")
    snapshot.add_argument("--month", type=int, required=True, help="Til og med måned 1–12")
    snapshot.add_argument(
        "--unit", default="", help="Sektor, enhet eller ansvar (kode); standard: hele kommunen"
    )
    snapshot.add_argument("--out", type=output_file, required=True, help="PDF-fil som skal skrives")
    snapshot.add_argument("--made-by", default=None, help="Navn på forsiden (standard: system)")
    snapshot.set_defaults(handler=run_snapshot)
    reports = subparsers.add_parser("reports", help=t("report.cli_reports_help"))
    reports.add_argument("--json", action="store_true", help="Skriv JSON")
    reports.set_defaults(handler=run_reports)


def run_snapshot(store: Store, args: argparse.Namespace) -> int:
    """Makes, archives and writes the report; prints the file, its sha256 and the fingerprint."""
    if not 1 <= args.month <= 12:
        raise UserError(t("report.cli_bad_month", month=args.month))
    if args.year not in years_with_data(store):
        raise UserError(t("report.cli_no_data", year=args.year))
    access = args.access
    snapshot = make_snapshot(
        store, access, args.year, args.month, args.unit, args.made_by or access.user
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(snapshot.pdf)
    print(
        t(
            "report.cli_written",
            path=args.out,
            id=snapshot.report_id,
            sha256=snapshot.sha256,
            fingerprint=snapshot.data_fingerprint,
        )
    )
    return 0


def run_reports(store: Store, args: argparse.Namespace) -> int:
    """Lists the archive, newest first."""
    archive = archived_reports(store, args.access)
    if args.json:
        print_json(archive.astype({"made_at": str}).to_dict("records"))
        return 0
    table = archive_table(archive, read_organisation(store)).iloc[:, :6]
    print_table(list(table.columns), table.astype(str).values.tolist())
    return 0
