"""The organisation from a spreadsheet: ansvar, its name, its unit (enhet) and sector.

Codes and names may share a cell ("310 Kárášjoga skuvla") or stand in two columns ("Enhet",
"Enhet(T)"). Each ansvar must appear once, each unit in one sector only.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from analytics.core.errors import ImportRejected
from analytics.core.texts import t
from analytics.imports.layout import Layout
from analytics.imports.lines import CellErrors, require_fields
from analytics.imports.numbers import normalise_code, split_code_and_name
from analytics.imports.reader import Cell, RawTable
from analytics.store.organisation import ORG_COLUMNS

_LEVELS = (
    ("ansvar", "ansvar", "ansvar_name"),
    ("unit", "unit_code", "unit_name"),
    ("sector", "sector_code", "sector_name"),
)


def read_units(table: RawTable, layout: Layout) -> pd.DataFrame:
    """The organisation frame (ORG_COLUMNS, codes as text), checked; refuses bad rows."""
    require_fields(layout, ["units"])
    errors = CellErrors()
    records = []
    first_row = table.row_number(layout.header_index + 1)
    for offset, row in enumerate(table.rows[layout.header_index + 1 :]):
        if all(cell == "" for cell in row):
            continue
        record = _unit_record(row, first_row + offset, layout, errors)
        if record is not None:
            records.append(record)
    errors.raise_if_any()
    organisation = pd.DataFrame(records, columns=["row", *ORG_COLUMNS])
    _check_consistency(organisation, layout)
    if organisation.empty:
        raise ImportRejected(t("import.no_lines", where=layout.place()))
    return organisation[ORG_COLUMNS].reset_index(drop=True)


def _unit_record(
    row: Sequence[Cell], row_number: int, layout: Layout, errors: CellErrors
) -> list[object] | None:
    ansvar_column = layout.column("ansvar")
    assert ansvar_column is not None
    if _cell(row, ansvar_column) == "" or str(_cell(row, ansvar_column)).lower().startswith("sum"):
        return None
    record: list[object] = [row_number]
    for field, _, _ in _LEVELS:
        column = layout.column(field)
        assert column is not None
        code, name = split_code_and_name(_cell(row, column))
        code = code or normalise_code(_cell(row, column))
        name_column = layout.column(f"{field}_name")
        if name_column is not None and _cell(row, name_column) != "":
            name = normalise_code(_cell(row, name_column))
        if not code:
            errors.add(t("import.missing_code", where=layout.place(row_number, column)))
            return None
        record.extend([code, name or code])
    return record


def _cell(row: Sequence[Cell], index: int) -> Cell:
    return row[index] if index < len(row) else ""


def _check_consistency(organisation: pd.DataFrame, layout: Layout) -> None:
    doubled = organisation[organisation.duplicated("ansvar", keep=False)]
    if not doubled.empty:
        code = doubled["ansvar"].iloc[0]
        rows = ", ".join(str(r) for r in doubled.loc[doubled["ansvar"] == code, "row"])
        raise ImportRejected(t("import.ansvar_twice", where=layout.place(), code=code, rows=rows))
    sectors = organisation.groupby("unit_code")["sector_code"].nunique()
    split = sectors[sectors > 1]
    if not split.empty:
        raise ImportRejected(
            t("import.unit_in_two_sectors", where=layout.place(), code=split.index[0])
        )
