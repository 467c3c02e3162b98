"""The investment projects' register from a spreadsheet: code, name, responsible unit, total
cost frame, start year, end year and phase (`analytics.investments.register` checks each).

An upload replaces the register's entries of the projects it names and leaves the others;
undo gives the replaced entries back. Recognised by a project column beside a cost frame,
phase or start/end year. Imported and undone by the director and administrators.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from analytics.core.access import Access
from analytics.core.errors import ImportRejected
from analytics.core.formatting import format_nok
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
    upload_table,
)
from analytics.imports.kinds.registers import cells_of, where_in
from analytics.imports.layout import (
    Layout,
    choose_table,
    describe_roles,
    recognise_layout,
    sure_score,
)
from analytics.imports.rows import data_rows, each_checked, require_columns
from analytics.investments.register import clean_entry, twice
from analytics.store import Store
from analytics.store.projects import (
    PROJECT_COLUMNS,
    read_projects,
    register_rows_by_upload,
    store_projects_upload,
)
from analytics.store.uploads import PROJECTS

VOCABULARY = "projects"
# The sheet's fields, and the register's names for them.
FIELDS = {
    "project_code": "code",
    "project_name": "name",
    "project_unit": "unit_code",
    "frame": "frame",
    "start_year": "start_year",
    "end_year": "end_year",
    "phase": "phase",
}
NEEDED = {"project_code": ("project_code",), "project_name": ("project_name",)}


@dataclass(frozen=True)
class ProjectsCoverage(CoversNoUnits):
    """What a register upload holds: how many entries, and how many it took out."""

    rows: int
    removed: int = 0
    edited: bool = False

    def describe(self) -> str:
        text = t("import.coverage_projects", rows=self.rows)
        return text + (
            t("import.coverage_projects_removed", count=self.removed) if self.removed else ""
        )

    def to_json(self) -> dict[str, Any]:
        return {"rows": self.rows, "removed": self.removed, "edited": self.edited}


def read_coverage(raw: Mapping[str, Any], upload_kind: str) -> ProjectsCoverage:
    return ProjectsCoverage(
        int(json_field(raw, "rows", 0)),
        int(json_field(raw, "removed", 0)),
        bool(json_field(raw, "edited", False)),
    )


def recognise(source: Source) -> int:
    """Sure of a sheet with a project column and a cost frame, phase or start or end year."""
    return sure_score(source.tables, VOCABULARY, _is_register)


def _is_register(layout: Layout) -> bool:
    described = any(
        layout.column(field) is not None for field in ("frame", "phase", "start_year", "end_year")
    )
    return layout.column("project_code") is not None and described


def prepare(store: Store, access: Access, source: Source, options: ImportOptions) -> PreparedImport:
    """The file's entries, checked (every bad cell listed), and the entries they replace."""
    table = choose_table(source.tables, source.file_name, VOCABULARY, tuple(NEEDED))
    layout = recognise_layout(table, vocabulary=VOCABULARY)
    require_columns(layout, NEEDED)
    rows = [row for row in data_rows(table, layout) if row.text("project_code")]
    entries = each_checked(rows, lambda row: _entry(row))
    problems = twice(entries, lambda number, _: where_in(rows[number - 1])(number, "project_code"))
    if problems:
        raise ImportRejected("\n".join(problems))
    if not entries:
        raise ImportRejected(t("import.rows.empty", where=layout.place(layout.header_row_number)))
    register = pd.DataFrame(entries, columns=PROJECT_COLUMNS)
    return PreparedImport("projects", _preview(store, source, layout, register), register)


def _entry(row: object) -> dict[str, object]:
    cells = cells_of(row, tuple(FIELDS))  # type: ignore[arg-type]
    named = {FIELDS[field]: value for field, value in cells.items()}
    where = where_in(row)  # type: ignore[arg-type]
    return clean_entry(named, row.number, lambda number, field: where(number, _sheet_field(field)))  # type: ignore[attr-defined]


def _sheet_field(field: str) -> str:
    return next(sheet for sheet, register in FIELDS.items() if register == field)


def _preview(store: Store, source: Source, layout: Layout, register: pd.DataFrame) -> Preview:
    replaced = register_rows_by_upload(store, list(register["code"]))
    current = read_projects(store)
    return Preview(
        file_name=source.file_name,
        sha256=source.sha256,
        sheet=layout.sheet,
        kind="projects",
        form="rows",
        row_count=len(register),
        coverage=ProjectsCoverage(len(register)),
        facts=(
            (t("import.page.kind_label"), t("import.kind.projects")),
            (t("import.preview.projects"), str(len(register))),
            (t("import.preview.replaced_count"), str(len(replaced))),
            (
                t("import.preview.kept_projects"),
                str(len(set(current["code"]) - set(register["code"]))),
            ),
        ),
        stored=projects_table(register),
        replaced=_replaced_table(replaced, current),
        replaces=tuple(sorted({int(i) for i in replaced["upload_id"] if pd.notna(i)})),
        columns=tuple(describe_roles(layout)),
        layout_digest=layout.digest,
    )


def projects_table(register: pd.DataFrame) -> pd.DataFrame:
    """The entries with Norwegian headers, frames as `1 234 567 kr`."""
    return pd.DataFrame(
        {
            t("investments.col.code"): register["code"],
            t("investments.col.name"): register["name"],
            t("investments.col.unit"): register["unit_code"],
            t("investments.col.frame"): [
                "–" if pd.isna(frame) else format_nok(float(frame)) for frame in register["frame"]
            ],
            t("investments.col.start_year"): [_year(y) for y in register["start_year"]],
            t("investments.col.end_year"): [_year(y) for y in register["end_year"]],
            t("investments.col.phase"): [t(f"investments.phase.{p}") for p in register["phase"]],
        }
    )


def _year(value: object) -> str:
    return "" if value is None or pd.isna(value) else str(int(value))  # type: ignore[call-overload]


def _replaced_table(replaced: pd.DataFrame, current: pd.DataFrame) -> pd.DataFrame:
    entries = current[current["code"].isin(set(replaced["code"]))]
    table = projects_table(entries.reset_index(drop=True))
    ids, names = upload_table(replaced["upload_id"], replaced["file_name"])
    return table.assign(
        **{t("import.preview.col_upload"): ids, t("import.preview.col_file"): names}
    )


def commit(store: Store, access: Access, prepared: PreparedImport) -> tuple[int, tuple[int, ...]]:
    """Stores the entries in place of the register's entries of the same codes."""
    register = prepared.payload_as(pd.DataFrame)
    return store_projects_upload(store, new_upload(prepared, access), register)


KIND = ImportKind(
    "projects", ADMINISTRATION, recognise, prepare, commit, read_coverage, tables=(PROJECTS,)
)
