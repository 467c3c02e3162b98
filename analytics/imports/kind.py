"""What every kind of import declares, and what the pipeline hands between its steps.

A kind is one module under `analytics/imports/kinds/` that fills in an `ImportKind`: how it
recognises a file (`recognise`, for `--kind auto`), `prepare` (read and check everything,
write nothing, return a `PreparedImport` with a typed `Preview` of what will be stored and what
it will replace), `commit` (store it, inside the one transaction the pipeline opens), `undo`
(give back exactly what the upload replaced), the typed reading of its stored coverage, and
its `AccessRule` (who may import and undo it, and whose history shows it). `registry` lists
the kinds; `importer` runs the steps in the same order for all of them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import pandas as pd

from analytics.core.access import (
    Access,
    may_edit_programme,
    require_programme_write,
    require_write,
    visible_organisation,
)
from analytics.core.errors import AccessDenied
from analytics.core.texts import t
from analytics.imports.checks import ControlTotal
from analytics.imports.reader import RawTable
from analytics.store import Store
from analytics.store.uploads import (
    NewUpload,
    UndoOutcome,
    UploadRecord,
    Versioned,
    undo_versioned,
)

Payload = TypeVar("Payload")


@dataclass(frozen=True)
class ImportOptions:
    """What the person said about the file: its kind (or auto), its year, the sheet, the
    ledger (operating or investment; None: the file says) and columns mapped by hand
    ((column header, field) pairs, as `--map COLUMN=FIELD` gives them)."""

    kind: str = "auto"
    year: int | None = None
    sheet: str | None = None
    ledger: str | None = None
    mapping: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Source:
    """An uploaded file as read, after the hostile-file checks: name, sha256 and sheets."""

    file_name: str
    sha256: str
    tables: tuple[RawTable, ...]


class CoversNoUnits:
    """The defaults of a coverage that names no units, years or periods (a register)."""

    @property
    def codes(self) -> frozenset[str]:
        return frozenset()

    @property
    def years(self) -> tuple[int, ...]:
        return ()

    @property
    def periods(self) -> tuple[int, ...]:
        return ()


class Coverage(Protocol):
    """What an upload covers, typed per kind; stored as JSON in the upload's row."""

    @property
    def codes(self) -> frozenset[str]:
        """The ansvar or unit codes whose data it brought (empty: none, or not said)."""
        ...

    @property
    def years(self) -> tuple[int, ...]: ...

    @property
    def periods(self) -> tuple[int, ...]: ...

    def describe(self) -> str:
        """A short Norwegian description ("Regnskap 2024 periode 1–3 (2 ansvar)")."""
        ...

    def to_json(self) -> dict[str, Any]: ...


@dataclass(frozen=True, eq=False)
class Preview:
    """What a file holds and what storing it would change, shown before the person confirms.

    `stored` and `replaced` are tables with Norwegian headers, as the page shows them: what
    will be stored, and what of the store it replaces (empty: nothing); the columns named in
    `amounts` hold NOK as numbers, formatted where they are shown (`1 234 567 kr`). `facts`
    are (label, value) pairs for the page's figures. `earlier` is an upload of this very file
    whose rows all still count: storing it again would change nothing.
    """

    file_name: str
    sha256: str
    sheet: str
    kind: str  # the upload kind: budget, accounts, mixed, units, forecast, sickleave, …
    form: str  # long, wide_month, annual, units, template, rows, weeks, by_column, …
    row_count: int
    coverage: Coverage
    facts: tuple[tuple[str, str], ...]
    stored: pd.DataFrame
    replaced: pd.DataFrame
    replaces: tuple[int, ...] = ()  # the uploads whose rows it replaces
    warnings: tuple[str, ...] = ()
    columns: tuple[tuple[str, str], ...] = ()  # (header, field) of every column
    layout_digest: str = ""
    year_source: str = ""
    sum_rows: int = 0
    control_totals: tuple[ControlTotal, ...] = ()
    earlier: int | None = None
    amounts: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # what was decided and why (ledger, plan years, skipped rows)

    @property
    def years(self) -> tuple[int, ...]:
        return self.coverage.years

    @property
    def periods(self) -> tuple[int, ...]:
        return self.coverage.periods

    @property
    def ansvar(self) -> tuple[str, ...]:
        return tuple(sorted(self.coverage.codes))


@dataclass(frozen=True, eq=False)
class PreparedImport:
    """A checked file ready to store: its preview and the kind's own payload (its rows)."""

    kind: str  # the ImportKind's name
    preview: Preview
    payload: object = None

    def payload_as(self, kind: type[Payload]) -> Payload:
        """The payload, as the type the kind's `commit` expects."""
        if not isinstance(self.payload, kind):
            raise TypeError(f"{self.kind}: payload {type(self.payload).__name__}")
        return self.payload


@dataclass(frozen=True)
class AccessRule:
    """Who may import and undo a kind's uploads, and whose upload history shows them.

    `check(organisation, access, codes)` raises AccessDenied; `shows(organisation, access,
    codes)` says whether the history lists an upload to this person (besides their own);
    `offered(access)` whether the person may import the kind at all (for some units).
    """

    name: str
    check: Callable[[pd.DataFrame, Access, frozenset[str]], None]
    shows: Callable[[pd.DataFrame, Access, frozenset[str]], bool]
    offered: Callable[[Access], bool]

    def allows(self, organisation: pd.DataFrame, access: Access, codes: frozenset[str]) -> bool:
        try:
            self.check(organisation, access, codes)
        except AccessDenied:
            return False
        return True


def ansvar_of(codes: frozenset[str], organisation: pd.DataFrame) -> set[str]:
    """The ansvar codes behind unit or ansvar codes (unknown codes stand for themselves)."""
    in_units = organisation.loc[organisation["unit_code"].isin(list(codes)), "ansvar"]
    units = set(organisation["unit_code"])
    return set(in_units) | {code for code in codes if code not in units}


def _check_by_ansvar(organisation: pd.DataFrame, access: Access, codes: frozenset[str]) -> None:
    """Write access to every ansvar covered; an upload that does not say what it covers
    (an old or the demo's) counts as the whole municipality's."""
    if not codes and not access.sees_everything:
        raise AccessDenied(t("import.whole_municipality_only"))
    require_write(organisation, access, ansvar_of(codes, organisation))


def _shows_by_ansvar(organisation: pd.DataFrame, access: Access, codes: frozenset[str]) -> bool:
    if access.sees_everything:
        return True
    visible = set(visible_organisation(organisation, access)["ansvar"])
    return bool(codes) and ansvar_of(codes, organisation) <= visible


def _check_programme(organisation: pd.DataFrame, access: Access, codes: frozenset[str]) -> None:
    require_programme_write(access)


def _check_administration(
    organisation: pd.DataFrame, access: Access, codes: frozenset[str]
) -> None:
    if not (access.sees_everything and access.may_write):  # a politician sees, never changes
        raise AccessDenied(t("import.units_need_director"))


BY_ANSVAR = AccessRule(
    "by_ansvar", _check_by_ansvar, _shows_by_ansvar, lambda access: access.may_write
)
PROGRAMME = AccessRule(
    "programme",
    _check_programme,
    lambda _, access, __: may_edit_programme(access),
    may_edit_programme,
)
ADMINISTRATION = AccessRule(
    "administration",
    _check_administration,
    lambda _, access, __: access.sees_everything,
    lambda access: access.sees_everything and access.may_write,
)


@dataclass(frozen=True)
class ImportKind:
    """One kind of import, as its module declares it (see the module docstring).

    `recognise` scores a file: 0 not this kind, from SURE on sure of it. `tables` are the
    versioned tables its uploads write (undo gives back what they replaced there, unless the
    kind brings its own `undo`). A `whole` kind's upload replaces all of the kind (the
    organisation, a register), so only the newest one can be undone. `choices` are the
    `--kind` values that pick it and `stored_as` the upload kinds its uploads are recorded as
    (both its name unless it says otherwise); `undoable` False: `undo` always refuses, so the
    history offers none.
    """

    name: str
    rule: AccessRule
    recognise: Callable[[Source], int]
    prepare: Callable[[Store, Access, Source, ImportOptions], PreparedImport]
    commit: Callable[[Store, Access, PreparedImport], tuple[int, tuple[int, ...]]]
    read_coverage: Callable[[Mapping[str, Any], str], Coverage]  # (stored JSON, upload kind)
    tables: tuple[Versioned, ...] = ()
    whole: bool = False
    choices: tuple[str, ...] = ()
    stored_as: tuple[str, ...] = ()
    undo: Callable[[Store, UploadRecord], UndoOutcome] | None = None
    undoable: bool = True
    from_files: bool = True  # False: made in the app only (not offered as a file's kind)

    @property
    def picked_by(self) -> tuple[str, ...]:
        """The `--kind` values that pick this kind."""
        return self.choices or (self.name,)

    @property
    def upload_kinds(self) -> tuple[str, ...]:
        """The kinds its uploads are recorded as in the history."""
        return self.stored_as or (self.name,)

    def undo_upload(self, store: Store, record: UploadRecord) -> UndoOutcome:
        """Reverts the upload (its rule and the `whole` check already passed)."""
        if self.undo is not None:
            return self.undo(store, record)
        return undo_versioned(store, record.id, self.tables)


def new_upload(prepared: PreparedImport, access: Access) -> NewUpload:
    """The upload row of a prepared import, by the signed-in person."""
    preview = prepared.preview
    return NewUpload(
        preview.kind,
        preview.file_name,
        preview.sha256,
        access.user,
        preview.row_count,
        preview.coverage.to_json(),
    )


def with_earlier(preview: Preview, earlier: int | None) -> Preview:
    return dataclasses.replace(preview, earlier=earlier)


def upload_table(uploads: pd.Series, file_names: pd.Series) -> tuple[list[str], list[str]]:
    """The upload and file columns of a "replaced" table: "7" and its file name, or "–" and
    "(uten opplasting)" for rows that came with no upload (the demo's registers)."""
    ids = [str(int(i)) if pd.notna(i) else "–" for i in uploads]
    names = [
        str(name) if pd.notna(i) else t("import.preview.no_upload")
        for i, name in zip(uploads, file_names, strict=True)
    ]
    return ids, names


def replaced_ids(uploads: pd.Series) -> tuple[int, ...]:
    """The distinct upload ids of a column (rows of no upload left out), sorted."""
    return tuple(sorted({int(i) for i in uploads if pd.notna(i)}))


def empty_table() -> pd.DataFrame:
    return pd.DataFrame()


def json_field(raw: Mapping[str, Any], key: str, default: Any) -> Any:
    """A value of stored coverage JSON, or the default when an older upload lacks it."""
    value = raw.get(key, default)
    return default if value is None else value
