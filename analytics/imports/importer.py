"""The import pipeline: the same steps, in the same order, for every kind of file.

`prepare_import` reads the file (refusing what is hostile or broken), decides its kind
(`registry`), lets the kind read and check everything, checks the kind's access rule, and
returns a `PreparedImport` whose `Preview` shows what will be stored and what it replaces;
nothing is written. `commit_import` stores it in one transaction, with its upload row and audit
entry: the same file (sha256) whose rows all still count is recognised and not stored twice.
`undo` reverts an upload under its kind's rule and says exactly what that did;
`upload_history` lists what this person may see. The command line and the pages call these.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from analytics.core import audit
from analytics.core.access import Access
from analytics.core.errors import AccessDenied, NotFound, UserError
from analytics.core.settings import Settings
from analytics.core.texts import t
from analytics.imports import registry
from analytics.imports.kind import (
    ImportKind,
    ImportOptions,
    PreparedImport,
    Preview,
    Source,
    with_earlier,
)
from analytics.imports.kinds.ledger import read_layout
from analytics.imports.layout import Layout, choose_table
from analytics.imports.reader import (
    cycle_collection_paused,
    normalise_header,
    read_tables,
    sha256_of,
)
from analytics.store import Store
from analytics.store import uploads as upload_store
from analytics.store.organisation import read_organisation
from analytics.store.uploads import UndoOutcome, UploadRecord

Progress = Callable[[float, str], object]  # share done (0–1) and a Norwegian step name


def _no_progress(share: float, step: str) -> None:
    """The default progress report: none."""


@dataclass(frozen=True)
class ImportResult:
    """What storing did: the new upload's id, or the earlier upload of the same file."""

    upload_id: int
    already_stored: bool
    replaced: tuple[int, ...]
    preview: Preview

    def summary(self) -> str:
        """One Norwegian paragraph for the command line and the page."""
        if self.already_stored:
            return t("import.already", file=self.preview.file_name, id=self.upload_id)
        text = t(
            "import.stored",
            file=self.preview.file_name,
            id=self.upload_id,
            what=self.preview.coverage.describe(),
        )
        if self.replaced:
            text += " " + t("import.replaced", ids=", ".join(str(i) for i in self.replaced))
        return text


@cycle_collection_paused()  # as a decorator: the rows are gone before the collector resumes
def prepare_import(
    store: Store,
    access: Access,
    data: bytes,
    file_name: str,
    options: ImportOptions,
    settings: Settings,
    progress: Progress = _no_progress,
) -> PreparedImport:
    """Reads and checks a file as the person would store it; writes nothing.

    Raises ImportRejected (Norwegian, naming file, sheet, row and column) or AccessDenied.
    `progress` is told how far it has come (for a progress bar on large files).
    """
    if options.kind not in registry.CHOICES:
        raise UserError(t("import.bad_kind", kind=options.kind, kinds=", ".join(registry.CHOICES)))
    if not access.may_write:
        raise AccessDenied(t("access.read_only"))
    progress(0.05, t("import.step.reading"))
    source = Source(
        file_name, sha256_of(data), tuple(read_tables(data, file_name, options.sheet, settings))
    )
    progress(0.4, t("import.step.recognising"))
    kind = registry.kind_for(options.kind, source)
    progress(0.5, t("import.step.checking"))
    prepared = kind.prepare(store, access, source, options)
    kind.rule.check(read_organisation(store), access, prepared.preview.coverage.codes)
    earlier = current_upload_of(store, kind, source.sha256)
    return PreparedImport(prepared.kind, with_earlier(prepared.preview, earlier), prepared.payload)


def current_upload_of(store: Store, kind: ImportKind, sha256: str) -> int | None:
    """An active upload of this very file whose rows all still count, if there is one."""
    earlier = upload_store.find_active_upload(store, sha256)
    if earlier is None or earlier.kind not in kind.upload_kinds:
        return None
    if upload_store.replacing_uploads(store, earlier.id, kind.tables):
        return None
    if kind.whole and upload_store.later_active_uploads(store, earlier.id, kind.upload_kinds):
        return None
    return earlier.id


def commit_import(
    store: Store, access: Access, prepared: PreparedImport, progress: Progress = _no_progress
) -> ImportResult:
    """Stores a prepared file once, in one transaction with its audit entry (see above)."""
    preview = prepared.preview
    kind = registry.kind_named(prepared.kind)
    progress(0.9, t("import.step.storing"))
    with store.transaction():
        earlier = current_upload_of(store, kind, preview.sha256)
        if earlier is not None:
            return ImportResult(earlier, True, (), preview)
        kind.rule.check(read_organisation(store), access, preview.coverage.codes)
        upload_id, replaced = kind.commit(store, access, prepared)
        detail = f"{upload_id} {preview.kind} {preview.file_name}"
        audit.record(store, access.user, "upload", detail)
    progress(1.0, t("import.step.done"))
    return ImportResult(upload_id, False, replaced, preview)


def import_file(
    store: Store,
    access: Access,
    data: bytes,
    file_name: str,
    options: ImportOptions,
    settings: Settings,
) -> ImportResult:
    """prepare_import, then commit_import: the whole import of one file."""
    return commit_import(
        store, access, prepare_import(store, access, data, file_name, options, settings)
    )


# --- mapping columns by hand -------------------------------------------------------------------


def inspect_layout(
    store: Store, data: bytes, file_name: str, sheet: str | None, settings: Settings
) -> Layout:
    """The recognised layout of a file's data sheet, for mapping unknown columns by hand."""
    return read_layout(
        store, choose_table(read_tables(data, file_name, sheet, settings), file_name)
    )


def save_mapping(store: Store, access: Access, layout: Layout, mapping: Mapping[str, str]) -> None:
    """Remembers a hand mapping (header → field) for this layout; fields of its vocabulary."""
    if not access.may_write:
        raise AccessDenied(t("access.read_only"))
    known = upload_store.load_column_mapping(store, layout.digest)
    chosen = {normalise_header(header): target for header, target in mapping.items() if target}
    upload_store.save_column_mapping(store, layout.digest, {**known, **chosen}, access.user)


# --- history and undo --------------------------------------------------------------------------

HISTORY_COLUMNS = (
    "id",
    "kind",
    "file_name",
    "uploaded_by",
    "uploaded_at",
    "row_count",
    "status",
    "what",
    "replaced",
)


def upload_history(store: Store, access: Access) -> pd.DataFrame:
    """The uploads this person may see, newest first: their own, and those their kind's rule
    shows them (a budget holder: uploads wholly of their own units).

    Columns: HISTORY_COLUMNS (kind and status as codes; replaced: the ids of the uploads whose
    rows it replaces, as text) and may_undo (the person may undo it now).
    """
    organisation = read_organisation(store)
    replaced = upload_store.replaced_counts(store)
    rows = [
        _history_row(record, kind, access, organisation, replaced)
        for record in upload_store.read_uploads(store)
        if (kind := registry.kind_of_upload(record.kind)) is not None
        and _shows(record, kind, access, organisation)
    ]
    return pd.DataFrame(rows, columns=[*HISTORY_COLUMNS, "may_undo"])


def _shows(
    record: UploadRecord, kind: ImportKind, access: Access, organisation: pd.DataFrame
) -> bool:
    codes = kind.read_coverage(record.coverage, record.kind).codes
    return record.uploaded_by == access.user or kind.rule.shows(organisation, access, codes)


def _history_row(
    record: UploadRecord,
    kind: ImportKind,
    access: Access,
    organisation: pd.DataFrame,
    replaced: Mapping[int, tuple[int, ...]],
) -> list[Any]:
    coverage = kind.read_coverage(record.coverage, record.kind)
    may_undo = (
        record.status == "active"
        and kind.undoable
        and kind.rule.allows(organisation, access, coverage.codes)
    )
    return [
        record.id,
        record.kind,
        record.file_name,
        record.uploaded_by,
        record.uploaded_at,
        record.row_count,
        record.status,
        coverage.describe(),
        ", ".join(str(i) for i in replaced.get(record.id, ())),
        may_undo,
    ]


def describe_coverage(upload_kind: str, coverage: Mapping[str, Any]) -> str:
    """A short Norwegian description of what an upload of this kind covered."""
    kind = registry.kind_of_upload(upload_kind)
    if kind is None:
        return t(f"import.kind.{upload_kind}")
    return kind.read_coverage(coverage, upload_kind).describe()


def undo(store: Store, access: Access, upload_id: int) -> str:
    """Reverts one upload under its kind's rule, giving back what it replaced; returns a
    Norwegian message that says exactly what was done. Refuses (UserError) what cannot be."""
    record = upload_store.read_upload(store, upload_id)
    kind = registry.kind_of_upload(record.kind) if record is not None else None
    if record is None or kind is None:
        raise NotFound(t("import.no_such_upload", id=upload_id))
    if record.status != "active":
        raise UserError(t("import.already_undone", id=upload_id))
    codes = kind.read_coverage(record.coverage, record.kind).codes
    kind.rule.check(read_organisation(store), access, codes)
    later = (
        upload_store.later_active_uploads(store, upload_id, kind.upload_kinds) if kind.whole else ()
    )
    if later:
        raise UserError(t("import.undo_later", id=upload_id, later=_ids(later)))
    with store.transaction():
        outcome = kind.undo_upload(store, record)
        audit.record(store, access.user, "undo", f"{upload_id} {record.kind} {record.file_name}")
    return undo_message(record, outcome)


def undo_message(record: UploadRecord, outcome: UndoOutcome) -> str:
    """«Opplasting 7 («x.xlsx») er angret.» and what that did to the rows it had replaced."""
    text = t("import.undone", id=record.id, file=record.file_name)
    later = _ids(outcome.later)
    if not outcome.removed and outcome.later:
        return f"{text} {t('import.undone_all_replaced', later=later)}"
    if outcome.restored and outcome.still_replaced:
        return f"{text} {t('import.undone_partly_back', later=later)}"
    if outcome.restored:
        return f"{text} {t('import.undone_back')}"
    if outcome.still_replaced:
        return f"{text} {t('import.undone_none_back', later=later)}"
    return f"{text} {t('import.undone_nothing_replaced')}"


def _ids(ids: tuple[int, ...]) -> str:
    return ", ".join(str(i) for i in ids)
