"""`import`, `uploads` and `undo`: bring files in, list what came in, take one back out.

The canonical long format (any column order; a title block above the header is fine):
`År; Periode; Ansvar; Art; Tjeneste; Prosjekt; Regnskap` for accounts (period 1–13), and
`År; Periode; Ansvar; Art; …; Budsjett` (or `Revidert budsjett`) for budgets, with the period
empty or the column left out for an annual budget. Amounts in NOK, expenses positive, income
negative. `--ledger operating|investment` says which ledger a file belongs to where the file
does not; `--map COLUMN=FIELD` (repeatable) says what a column holds, remembered for the
layout once the import is stored. Everything `analytics.imports` recognises beyond that is accepted too, and every
other kind (organisation, forecast template, sick leave, Kommunekompasset, risks, milestones)
goes through the same pipeline: `--kind auto` recognises each of them.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
from pathlib import Path
from typing import cast

from analytics.core.artgroups import LEDGERS
from analytics.core.errors import UserError
from analytics.core.formatting import format_datetime
from analytics.core.settings import load_settings
from analytics.core.texts import t
from analytics.imports import importer, registry
from analytics.imports.headers import mappable_fields
from analytics.imports.kind import ImportOptions
from analytics.imports.kinds.ledger import format_control_total
from analytics.imports.reader import describe_place, refuse_too_large
from analytics.store import Store

from .output import print_json, print_table
from .paths import input_file


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds `import`, `uploads` and `undo`."""
    command = subparsers.add_parser("import", help="Importer en fil (xlsx eller csv)")
    command.add_argument("file", type=input_file, help="Filen som skal importeres")
    command.add_argument(
        "--kind", choices=registry.CHOICES, default="auto", help="Hva filen inneholder"
    )
    command.add_argument("--year", type=int, default=None, help="År, når filen ikke sier det")
    command.add_argument("--sheet", default=None, help="Arket som skal leses")
    command.add_argument(
        "--ledger", choices=LEDGERS, default=None, help=t("import.cli.ledger_help")
    )
    command.add_argument(
        "--map",
        action="append",
        default=[],
        type=_column_and_field,
        metavar="KOLONNE=FELT",
        help=t("import.cli.map_help", fields=", ".join(mappable_fields())),
    )
    command.add_argument("--json", action="store_true", help="Skriv resultatet som JSON")
    command.set_defaults(handler=run_import)
    history = subparsers.add_parser("uploads", help="Vis opplastingshistorikken")
    history.add_argument("--json", action="store_true", help="Skriv som JSON")
    history.set_defaults(handler=run_uploads)
    back = subparsers.add_parser("undo", help="Angre én opplasting")
    back.add_argument("upload_id", type=int, help="Nummeret på opplastingen")
    back.set_defaults(handler=run_undo)


def _column_and_field(text: str) -> tuple[str, str]:
    """`Avd=unit` as ("Avd", "unit"): a column of the file and the field it holds."""
    column, sign, field = text.rpartition("=")
    if not sign or not column.strip() or not field.strip():
        raise argparse.ArgumentTypeError(t("import.cli.map_format", value=text))
    return column.strip(), field.strip()


def read_file(path: Path, limit: int) -> bytes:
    """The bytes of a file, refused before reading when it is over the size limit."""
    if not path.is_file():
        raise UserError(t("import.no_file", path=path))
    refuse_too_large(path.stat().st_size, describe_place(path.name), limit)
    return path.read_bytes()


def run_import(store: Store, args: argparse.Namespace) -> int:
    settings = load_settings(store)
    data = read_file(args.file, settings.import_max_bytes)
    options = ImportOptions(args.kind, args.year, args.sheet, args.ledger, tuple(args.map))
    result = importer.import_file(store, args.access, data, args.file.name, options, settings)
    if args.json:
        print_json(result_as_dict(result))
    else:
        print_result(result)
    return 0


def result_as_dict(result: importer.ImportResult) -> dict[str, object]:
    preview = result.preview
    return {
        "upload_id": result.upload_id,
        "already_stored": result.already_stored,
        "replaced": list(result.replaced),
        "file_name": preview.file_name,
        "sheet": preview.sheet,
        "kind": preview.kind,
        "what": preview.coverage.describe(),
        "form": preview.form,
        "year_source": preview.year_source,
        "rows": preview.row_count,
        "sum_rows": preview.sum_rows,
        "years": list(preview.years),
        "periods": list(preview.periods),
        "ansvar_count": len(preview.ansvar),
        "control_totals": [dataclasses.asdict(total) for total in preview.control_totals],
        "replaces": list(preview.replaces),
        "warnings": list(preview.warnings),
        "notes": list(preview.notes),
    }


def print_result(result: importer.ImportResult) -> None:
    print(result.summary())
    for total in result.preview.control_totals:
        print("  " + format_control_total(total))
    for note in result.preview.notes:
        print("  " + note)
    for warning in result.preview.warnings:
        print(t("import.warning_line", warning=warning))


def run_uploads(store: Store, args: argparse.Namespace) -> int:
    history = importer.upload_history(store, args.access)[list(importer.HISTORY_COLUMNS)]
    if args.json:
        print_json(
            history.assign(uploaded_at=history["uploaded_at"].astype(str)).to_dict("records")
        )
        return 0
    headers = [t(f"import.history.{column}") for column in history.columns]
    rows = [
        [
            row.id,
            t(f"import.kind.{row.kind}"),
            row.file_name,
            row.uploaded_by,
            format_datetime(cast(dt.datetime, row.uploaded_at)),
            row.row_count,
            t(f"import.status.{row.status}"),
            row.what,
            row.replaced,
        ]
        for row in history.itertuples(index=False)
    ]
    print_table(headers, rows)
    return 0


def run_undo(store: Store, args: argparse.Namespace) -> int:
    print(importer.undo(store, args.access, args.upload_id))
    return 0
