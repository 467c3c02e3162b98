"""Helpers of the import tests: one ledger import of rows made by the test, and the store read
back as frames to compare."""

from __future__ import annotations

import pandas as pd

from analytics.core.access import Access
from analytics.core.settings import Settings
from analytics.imports import importer
from analytics.imports.kind import ImportOptions, PreparedImport
from analytics.store import Store
from tests.analytics.imports.files import Rows, xlsx_bytes

SETTINGS = Settings()
ORGANISATION = pd.DataFrame(
    {
        "ansvar": ["1200", "1300", "0100"],
        "ansvar_name": ["Kárášjoga skuvla", "Bassenget", "Rådmann"],
        "unit_code": ["12", "13", "01"],
        "unit_name": ["Skuvla", "Teknisk", "Stab"],
        "sector_code": ["2", "4", "1"],
        "sector_name": ["Oppvekst", "Teknisk", "Stab"],
    }
)
TABLES = ("uploads", "budget_lines", "accounts_lines", "organisation", "column_mappings")


def run_import(
    store: Store,
    rows: Rows,
    name: str = "hovedbok.xlsx",
    access: Access | None = None,
    **options: object,
) -> importer.ImportResult:
    data = xlsx_bytes({"Data": rows})
    return importer.import_file(
        store,
        access or Access.system(),
        data,
        name,
        ImportOptions(**options),
        SETTINGS,  # type: ignore[arg-type]
    )


def accounts(store: Store) -> pd.DataFrame:
    return store.frame(
        "SELECT year, period, ansvar, art, tjeneste, CAST(amount AS DOUBLE) AS amount "
        "FROM active_accounts ORDER BY year, period, ansvar, art, amount"
    )


def budget(store: Store) -> pd.DataFrame:
    return store.frame(
        "SELECT year, month, ansvar, art, budget_kind, CAST(amount AS DOUBLE) AS amount "
        "FROM active_budget ORDER BY year, month NULLS FIRST, ansvar, art, budget_kind"
    )


def counts(store: Store) -> dict[str, int]:
    return {table: store.value(f"SELECT count(*) FROM {table}") for table in TABLES}


def expected(rows: list[tuple[object, ...]], columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=columns)


ACCOUNT_COLUMNS = ["year", "period", "ansvar", "art", "tjeneste", "amount"]
BUDGET_COLUMNS = ["year", "month", "ansvar", "art", "budget_kind", "amount"]


def assert_accounts(store: Store, rows: list[tuple[object, ...]]) -> None:
    frame = accounts(store)
    pd.testing.assert_frame_equal(
        frame, expected(rows, ACCOUNT_COLUMNS).astype(frame.dtypes.to_dict())
    )


def assert_budget(store: Store, rows: list[tuple[object, ...]]) -> None:
    frame = budget(store)
    pd.testing.assert_frame_equal(
        frame, expected(rows, BUDGET_COLUMNS).astype(frame.dtypes.to_dict())
    )


LEDGER = [
    ["År", "Periode", "Ansvar", "Art", "Regnskap"],
    [2024, 1, "1200", "10100", 100],
    [2024, 1, "1300", "10100", 7],
]


def import_sheet(
    store: Store,
    name: str,
    rows: Rows,
    kind: str = "auto",
    access: Access | None = None,
    sheet: str = "Ark1",
    **options: object,
) -> importer.ImportResult:
    """Imports one sheet of rows (an xlsx made by openpyxl) through the whole pipeline."""
    return importer.import_file(
        store,
        access or Access.system(),
        xlsx_bytes({sheet: rows}),
        name,
        ImportOptions(kind, **options),  # type: ignore[arg-type]
        SETTINGS,
    )


def prepare_sheet(
    store: Store, name: str, rows: Rows, kind: str = "auto", access: Access | None = None
) -> PreparedImport:
    """The prepared import (nothing stored) of one sheet of rows."""
    return importer.prepare_import(
        store,
        access or Access.system(),
        xlsx_bytes({"Ark1": rows}),
        name,
        ImportOptions(kind),
        SETTINGS,
    )
