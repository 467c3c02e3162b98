"""Tables as xlsx: Norwegian headers, numbers as numbers, text safe against formula injection."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping
from decimal import Decimal

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from analytics.core.texts import t

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# The file stores format codes in the neutral grammar, where "," groups thousands; Excel and
# LibreOffice show the group as a space in Norwegian. A literal space would group only once
# (1234 567).
AMOUNT_FORMAT = "#,##0;-#,##0"
DATE_FORMAT = "DD.MM.YYYY"
DATETIME_FORMAT = "DD.MM.YYYY HH:MM"


def neutralise(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe; numbers stay."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def tables_to_xlsx(sheets: Mapping[str, pd.DataFrame], demo: bool) -> bytes:
    """One workbook, a sheet per table, headers as given; a DEMODATA line on top of demo data."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, frame in sheets.items():
        sheet = workbook.create_sheet(title=_sheet_title(title))
        if demo:
            sheet.append([t("app.demo_banner")])
            sheet.cell(row=1, column=1).font = Font(bold=True, color="C00000")
        sheet.append([str(neutralise(str(column))) for column in frame.columns])
        header_row = sheet.max_row
        for cell in sheet[header_row]:
            cell.font = Font(bold=True)
        for row in frame.itertuples(index=False):
            sheet.append([_cell_value(value) for value in row])
        _format_columns(sheet, frame, header_row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _cell_value(value: object) -> object:
    """A value openpyxl writes as it is: None for every kind of missing, plain Python numbers and
    naive datetimes, text neutralised."""
    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):  # type: ignore[call-overload]
        return None
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    elif hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        value = value.replace(tzinfo=None)  # Excel has no time zones
    return neutralise(value)


def _format_columns(sheet: object, frame: pd.DataFrame, header_row: int) -> None:
    for index, column in enumerate(frame.columns, start=1):
        letter = get_column_letter(index)
        width = max([len(str(column))] + [len(str(v)) for v in frame[column].head(200)]) + 2
        sheet.column_dimensions[letter].width = min(width, 60)  # type: ignore[attr-defined]
        number_format = _number_format(frame[column])
        if number_format is None:
            continue
        for (cell,) in sheet.iter_rows(  # type: ignore[attr-defined]
            min_row=header_row + 1, min_col=index, max_col=index
        ):
            cell.number_format = number_format


def _number_format(column: pd.Series) -> str | None:
    """Amounts with thousands spaces, dates as dd.mm.yyyy; None leaves the cells as they are."""
    if pd.api.types.is_float_dtype(column):
        return AMOUNT_FORMAT
    if pd.api.types.is_datetime64_any_dtype(column):
        return DATETIME_FORMAT
    present = column.dropna()
    if present.empty or column.dtype != object:
        return None
    if all(isinstance(v, Decimal) for v in present):
        return AMOUNT_FORMAT
    if all(isinstance(v, dt.datetime) for v in present):
        return DATETIME_FORMAT
    if all(isinstance(v, dt.date) for v in present):
        return DATE_FORMAT
    return None


def _sheet_title(title: str) -> str:
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in title)
    return cleaned[:31] or "Ark"
