"""Adopted budget changes: the council's decision on the tertial report's proposed changes,
stored as an upload whose lines add to the revised budget instead of replacing it.

It comes from the tertial page (`analytics.report.tertial.editing.adopt_proposal`), never from
a file, so it is not offered as a file kind; it shows in the upload history and is undone
there like any other upload (by the director or an administrator), which also opens the
proposal for editing again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from analytics.core.access import Access
from analytics.core.errors import UserError
from analytics.core.texts import t
from analytics.imports.kind import (
    ADMINISTRATION,
    ImportKind,
    ImportOptions,
    PreparedImport,
    Source,
    json_field,
)
from analytics.store import Store
from analytics.store.budget_changes import undo_budget_change
from analytics.store.uploads import UndoOutcome, UploadRecord

NAME = "budget_change"


@dataclass(frozen=True)
class ChangeCoverage:
    """The year and tertial of the adopted change and the ansvar codes it changes."""

    year: int
    tertial: int
    ansvar: tuple[str, ...]

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(self.ansvar)

    @property
    def years(self) -> tuple[int, ...]:
        return (self.year,)

    @property
    def periods(self) -> tuple[int, ...]:
        return ()

    def describe(self) -> str:
        return t(
            "import.budget_change.coverage",
            year=self.year,
            tertial=self.tertial,
            count=len(self.ansvar),
        )

    def to_json(self) -> dict[str, Any]:
        return {"year": self.year, "tertial": self.tertial, "ansvar": list(self.ansvar)}


def read_coverage(raw: Mapping[str, Any], upload_kind: str) -> ChangeCoverage:
    return ChangeCoverage(
        int(json_field(raw, "year", 0)),
        int(json_field(raw, "tertial", 0)),
        tuple(str(code) for code in json_field(raw, "ansvar", [])),
    )


def recognise(source: Source) -> int:
    return 0  # never a file


def prepare(store: Store, access: Access, source: Source, options: ImportOptions) -> PreparedImport:
    raise UserError(t("import.budget_change.not_a_file"))


def commit(store: Store, access: Access, prepared: PreparedImport) -> tuple[int, tuple[int, ...]]:
    raise UserError(t("import.budget_change.not_a_file"))


def undo(store: Store, record: UploadRecord) -> UndoOutcome:
    return UndoOutcome(undo_budget_change(store, record.id), 0, 0, ())


KIND = ImportKind(
    NAME, ADMINISTRATION, recognise, prepare, commit, read_coverage, undo=undo, from_files=False
)
