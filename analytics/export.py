"""Tables as xlsx: Norwegian headers, numbers as numbers, text safe against formula injection."""

from __future__ import annotations

import io
from collections.abc import Mapping

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from analytics.texts import t

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
AMOUNT_FORMAT = "# ##0;-# ##0"


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
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    return neutralise(value)


def _format_columns(sheet: object, frame: pd.DataFrame, header_row: int) -> None:
    for index, column in enumerate(frame.columns, start=1):
        letter = get_column_letter(index)
        width = max([len(str(column))] + [len(str(v)) for v in frame[column].head(200)]) + 2
        sheet.column_dimensions[letter].width = min(width, 60)  # type: ignore[attr-defined]
        if pd.api.types.is_float_dtype(frame[column]):
            for (cell,) in sheet.iter_rows(  # type: ignore[attr-defined]
                min_row=header_row + 1, min_col=index, max_col=index
            ):
                cell.number_format = AMOUNT_FORMAT


def _sheet_title(title: str) -> str:
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in title)
    return cleaned[:31] or "Ark"
