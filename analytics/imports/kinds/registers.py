"""What the two registers of the programme share: an upload that replaces the whole register.

The risk register and the milestone plan are each replaced whole by an upload (a file, or the
register as edited in the app); the preview shows the new register and the one it replaces,
and only the newest upload can be undone (an older one has been replaced in full).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from analytics.core.texts import t
from analytics.imports.kind import CoversNoUnits, json_field, replaced_ids
from analytics.imports.rows import SheetRow
from analytics.programme.cells import Where
from analytics.store import Store
from analytics.store.uploads import Versioned, current_rows_by_upload


@dataclass(frozen=True)
class RegisterCoverage(CoversNoUnits):
    """What a register upload holds: its number of rows (and, for a plan, working groups)."""

    kind: str  # risks or milestones
    rows: int
    groups: int = 0
    edited: bool = False  # edited in the app rather than uploaded as a file

    def describe(self) -> str:
        return t(f"import.coverage_{self.kind}", rows=self.rows, groups=self.groups)

    def to_json(self) -> dict[str, Any]:
        return {"rows": self.rows, "groups": self.groups, "edited": self.edited}


def reader_of(kind: str) -> Callable[[Mapping[str, Any], str], RegisterCoverage]:
    """The `read_coverage` of a register kind."""

    def read_coverage(raw: Mapping[str, Any], upload_kind: str) -> RegisterCoverage:
        return RegisterCoverage(
            kind,
            int(json_field(raw, "rows", 0)),
            int(json_field(raw, "groups", 0)),
            bool(json_field(raw, "edited", False)),
        )

    return read_coverage


def cells_of(row: SheetRow, fields: tuple[str, ...]) -> dict[str, object]:
    """A sheet row as the register's cleaning functions take it: field → cell."""
    return {field: row.get(field) for field in fields}


def where_in(row: SheetRow) -> Where:
    """The `where(number, field)` of the cleaning functions, naming the sheet's cell."""

    def where(number: int, field: str) -> str:
        return row.where(field)

    return where


def replaced_uploads_of(store: Store, versioned: Versioned) -> tuple[int, ...]:
    """The uploads whose rows make up the current register."""
    return replaced_ids(current_rows_by_upload(store, versioned)["upload_id"])


def as_shown(frame: pd.DataFrame, headers: Mapping[str, str]) -> pd.DataFrame:
    """The register's columns under their Norwegian headers, for the preview."""
    return frame[list(headers)].rename(columns=dict(headers)).reset_index(drop=True)
