"""The organisation from a spreadsheet: ansvar, its name, its unit (enhet) and sector.

Codes and names may share a cell ("310 Kárášjoga skuvla") or stand in two columns ("Enhet",
"Enhet(T)"). Each ansvar must appear once, each unit in one sector only. An upload replaces
the whole organisation; the one it replaced is kept with it, so that undo can put it back.
Only the director and administrators import or undo it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from analytics.core.access import Access
from analytics.core.errors import ImportRejected
from analytics.core.numbers import normalise_code, split_code_and_name
from analytics.core.texts import t
from analytics.imports.kind import (
    ADMINISTRATION,
    CoversNoUnits,
    ImportKind,
    ImportOptions,
    PreparedImport,
    Preview,
    Source,
    json_field,
    new_upload,
)
from analytics.imports.layout import (
    Layout,
    choose_table,
    describe_roles,
    has_header,
    recognise_layout,
)
from analytics.imports.reader import Cell, RawTable
from analytics.imports.rows import CellErrors, is_sum_label
from analytics.imports.sources import require_fields
from analytics.store import Store
from analytics.store import uploads as upload_store
from analytics.store.organisation import ORG_COLUMNS, read_organisation
from analytics.store.uploads import UndoOutcome, UploadRecord

_LEVELS = (
    ("ansvar", "ansvar", "ansvar_name"),
    ("unit", "unit_code", "unit_name"),
    ("sector", "sector_code", "sector_name"),
)


@dataclass(frozen=True)
class UnitsCoverage(CoversNoUnits):
    """What an organisation upload covers, and the organisation it replaced (ORG_COLUMNS rows)."""

    ansvar: tuple[str, ...]
    units: int
    sectors: int
    replaced_organisation: tuple[tuple[str, ...], ...] = ()

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(self.ansvar)

    def describe(self) -> str:
        return t("import.coverage_units", count=len(self.ansvar))

    def to_json(self) -> dict[str, Any]:
        return {"ansvar": list(self.ansvar), "units": self.units, "sectors": self.sectors}


def read_coverage(raw: Mapping[str, Any], upload_kind: str) -> UnitsCoverage:
    """The stored coverage (older uploads kept the replaced organisation as
    `previous_organisation`)."""
    replaced = json_field(
        raw, "replaced_organisation", json_field(raw, "previous_organisation", [])
    )
    return UnitsCoverage(
        tuple(str(a) for a in json_field(raw, "ansvar", [])),
        int(json_field(raw, "units", 0)),
        int(json_field(raw, "sectors", 0)),
        tuple(tuple(str(cell) for cell in row) for row in replaced),
    )


# --- recognising and reading -----------------------------------------------------------------


def recognise(source: Source) -> int:
    """Sure of a sheet with ansvar, unit and sector columns and no amounts."""
    for table in source.tables:
        if not has_header(table):
            continue
        try:
            layout = recognise_layout(table)
        except ImportRejected:
            continue
        if _looks_like_units(layout):
            return 20
    return 0


def _looks_like_units(layout: Layout) -> bool:
    return (
        layout.column("unit") is not None
        and layout.column("sector") is not None
        and not layout.amount_columns()
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
    ansvar = _cell(row, layout.column("ansvar"))
    if ansvar == "" or is_sum_label(ansvar):
        return None
    record: list[object] = [row_number]
    for field, _, _ in _LEVELS:
        column = layout.column(field)
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


def _cell(row: Sequence[Cell], index: int | None) -> Cell:
    return row[index] if index is not None and index < len(row) else ""


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


def prepare(store: Store, access: Access, source: Source, options: ImportOptions) -> PreparedImport:
    """The organisation of the file, checked; the preview lists what changes."""
    table = choose_table(source.tables, source.file_name)
    layout = recognise_layout(table)
    organisation = read_units(table, layout)
    coverage = UnitsCoverage(
        tuple(sorted(organisation["ansvar"])),
        int(organisation["unit_code"].nunique()),
        int(organisation["sector_code"].nunique()),
    )
    changed = changed_rows(read_organisation(store), organisation)
    preview = Preview(
        file_name=source.file_name,
        sha256=source.sha256,
        sheet=layout.sheet,
        kind="units",
        form="units",
        row_count=len(organisation),
        coverage=coverage,
        facts=(
            (t("import.page.kind_label"), t("import.kind.units")),
            (t("import.preview.sectors"), str(coverage.sectors)),
            (t("import.preview.units"), str(coverage.units)),
            (t("import.page.units"), str(len(organisation))),
            (t("import.preview.changed"), str(len(changed))),
        ),
        stored=organisation_table(organisation),
        replaced=organisation_table(changed),
        columns=tuple(describe_roles(layout)),
        layout_digest=layout.digest,
    )
    return PreparedImport("units", preview, organisation)


def changed_rows(current: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    """The rows of the current organisation that the new one removes or changes."""
    merged = current.merge(new, how="left", on=ORG_COLUMNS, indicator=True)
    return merged[merged["_merge"] == "left_only"][ORG_COLUMNS].reset_index(drop=True)


def organisation_table(organisation: pd.DataFrame) -> pd.DataFrame:
    """The organisation with Norwegian headers, for the preview."""
    return organisation[ORG_COLUMNS].rename(
        columns={column: t(f"import.preview.org_{column}") for column in ORG_COLUMNS}
    )


# --- storing and undoing -----------------------------------------------------------------------


def commit(store: Store, access: Access, prepared: PreparedImport) -> tuple[int, tuple[int, ...]]:
    """Replaces the organisation, keeping the one it replaced with the upload."""
    organisation = prepared.payload_as(pd.DataFrame)
    upload_id = upload_store.store_units_upload(store, new_upload(prepared, access), organisation)
    return upload_id, ()


def undo(store: Store, record: UploadRecord) -> UndoOutcome:
    """Puts back the organisation the upload replaced (the pipeline has checked that no later
    organisation upload counts)."""
    coverage = read_coverage(record.coverage, record.kind)
    previous = pd.DataFrame(list(coverage.replaced_organisation), columns=ORG_COLUMNS)
    removed = len(read_organisation(store))
    upload_store.undo_units_upload(store, record.id, previous)
    return UndoOutcome(removed, len(previous), 0, ())


KIND = ImportKind(
    "units", ADMINISTRATION, recognise, prepare, commit, read_coverage, whole=True, undo=undo
)
