"""Excel export: numbers stay numbers, formulas in text are neutralised, demo data is marked."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from analytics.core.export import neutralise, tables_to_xlsx

TABLE = pd.DataFrame(
    {
        "Enhet": ["Máŋggabealát mánáidgárdi", '=HYPERLINK("http://x")', "-2+3", "@SUM(A1)"],
        "Beløp": [1_234_567.5, -1_362_250.0, np.nan, 0.0],
        "Antall": [3, -4, 0, 12],
    }
)


def _sheet(data: bytes, title: str) -> Worksheet:
    workbook = load_workbook(io.BytesIO(data))
    sheet = workbook[title]
    assert isinstance(sheet, Worksheet)
    return sheet


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+47 123", "'+47 123"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("Čáhppesvuotna", "Čáhppesvuotna"),
        ("a=b", "a=b"),
        (-5, -5),
        (3.5, 3.5),
        (None, None),
    ],
)
def test_neutralise(value: object, expected: object) -> None:
    assert neutralise(value) == expected


def test_cells_keep_numbers_and_neutralise_formulas() -> None:
    sheet = _sheet(tables_to_xlsx({"Avvik": TABLE}, demo=False), "Avvik")
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Enhet", "Beløp", "Antall")
    assert rows[1] == ("Máŋggabealát mánáidgárdi", 1_234_567.5, 3)
    assert rows[2] == ('\'=HYPERLINK("http://x")', -1_362_250, -4)
    assert rows[3] == ("'-2+3", None, 0)
    assert rows[4] == ("'@SUM(A1)", 0, 12)
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_amount_columns_get_a_thousands_format() -> None:
    sheet = _sheet(tables_to_xlsx({"Avvik": TABLE}, demo=False), "Avvik")
    assert sheet["B2"].number_format == "#,##0;-#,##0"
    assert sheet["A1"].font.bold


def test_demo_data_gets_a_demodata_line_above_the_header() -> None:
    sheet = _sheet(tables_to_xlsx({"Avvik": TABLE}, demo=True), "Avvik")
    first = sheet["A1"].value
    assert isinstance(first, str) and first.startswith("DEMODATA")
    assert sheet["A2"].value == "Enhet"
    assert sheet["A3"].value == "Máŋggabealát mánáidgárdi"


def test_real_data_has_no_demodata_line() -> None:
    sheet = _sheet(tables_to_xlsx({"Avvik": TABLE}, demo=False), "Avvik")
    assert all(
        "DEMODATA" not in str(cell) for row in sheet.iter_rows(values_only=True) for cell in row
    )


def test_one_sheet_per_table_with_safe_titles() -> None:
    sheets = {
        "Sektorer": TABLE.head(1),
        "Enheter/ansvar [2026]": TABLE.head(2),
        "Čáhppesvuona skuvla og mánáidgárdi, detaljer": TABLE.head(1),
    }
    workbook = load_workbook(io.BytesIO(tables_to_xlsx(sheets, demo=False)))
    assert workbook.sheetnames == [
        "Sektorer",
        "Enheter_ansvar _2026_",
        "Čáhppesvuona skuvla og mánáidgá",
    ]


def test_dates_are_dates_shown_day_first_and_missing_values_are_empty() -> None:
    table = pd.DataFrame(
        {
            "Frist": [dt.date(2026, 11, 23), None],
            "Endret": [pd.Timestamp("2026-11-23 14:05"), pd.NaT],
            "Effekt": [Decimal("150000.00"), Decimal("-2500.50")],
            "Antall": pd.array([3, pd.NA], dtype="Int64"),
            "Merknad": pd.array(["-ikke startet", pd.NA], dtype="string"),
        }
    )
    sheet = _sheet(tables_to_xlsx({"Tiltak": table}, demo=False), "Tiltak")
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert rows == [
        (dt.datetime(2026, 11, 23), dt.datetime(2026, 11, 23, 14, 5), 150000, 3, "'-ikke startet"),
        (None, None, -2500.5, None, None),
    ]
    assert (sheet["A2"].number_format, sheet["B2"].number_format) == (
        "DD.MM.YYYY",
        "DD.MM.YYYY HH:MM",
    )
    assert sheet["C2"].number_format == "#,##0;-#,##0"
