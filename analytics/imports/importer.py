"""Importing one uploaded file: read, recognise, check, preview; then store exactly once.

`prepare_import` does everything that can refuse a file and returns a `PreparedImport` with a
`Preview` (kind, years, periods, ansvar, row count, control totals, warnings) and the lines;
nothing is written. `commit_import` stores it in one transaction: the same file (sha256) again
is recognised and not added twice; a newer export of the same scope replaces the older lines.
The command line and the "Last opp" page call these same functions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from analytics.core import audit
from analytics.core.access import Access, require_write, visible_organisation
from analytics.core.errors import AccessDenied, ImportRejected, NotFound, UserError
from analytics.core.formatting import format_nok, format_number
from analytics.core.settings import Settings
from analytics.core.texts import t
from analytics.imports import template
from analytics.imports.checks import (
    ControlTotal,
    control_totals,
    coverage,
    decumulate,
    find_duplicates,
    unknown_ansvar,
)
from analytics.imports.headers import known_header_words
from analytics.imports.layout import (
    Layout,
    choose_table,
    describe_roles,
    header_text,
    layout_digest,
    recognise_layout,
)
from analytics.imports.lines import ExtractedLines, amount_sources, extract_lines, require_fields
from analytics.imports.reader import (
    RawTable,
    find_header_row,
    normalise_header,
    read_tables,
    sha256_of,
)
from analytics.imports.units import read_units
from analytics.store import Store
from analytics.store import uploads as upload_store
from analytics.store.organisation import read_organisation
from analytics.workshop.measures import OwnForecast
from analytics.workshop.records import save_own_forecasts

LEDGER_KINDS = ("auto", "budget", "accounts")
KINDS = (*LEDGER_KINDS, "units")
MAX_LISTED = 10
Progress = Callable[[float, str], object]  # share done (0–1) and a Norwegian step name


def _no_progress(share: float, step: str) -> None:
    """The default progress report: none."""


@dataclass(frozen=True)
class ImportOptions:
    """What the person said about the file: its kind, its year and the sheet to read."""

    kind: str = "auto"
    year: int | None = None
    sheet: str | None = None


@dataclass(frozen=True)
class Preview:
    """What was recognised in a file, shown before the person confirms."""

    file_name: str
    sha256: str
    sheet: str
    kind: str  # budget, accounts, mixed, units, forecast
    form: str  # long, wide_month, annual, units, template
    year_source: str
    row_count: int
    sum_rows: int
    years: tuple[int, ...]
    periods: tuple[int, ...]
    ansvar: tuple[str, ...]
    control_totals: tuple[ControlTotal, ...]
    warnings: tuple[str, ...]
    columns: tuple[tuple[str, str], ...]
    layout_digest: str
    coverage: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PreparedImport:
    """A checked file ready to store: its preview and its lines (frames in store columns)."""

    preview: Preview
    budget: pd.DataFrame
    accounts: pd.DataFrame
    organisation: pd.DataFrame | None = None
    forecasts: tuple[OwnForecast, ...] = ()


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
            kind=t(f"import.kind.{self.preview.kind}"),
            rows=self.preview.row_count,
        )
        if self.replaced:
            text += " " + t("import.replaced", ids=", ".join(str(i) for i in self.replaced))
        return text


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
    if options.kind not in KINDS:
        raise UserError(t("import.bad_kind", kind=options.kind, kinds=", ".join(KINDS)))
    if not access.may_write:
        raise AccessDenied(t("access.read_only"))
    progress(0.05, t("import.step.reading"))
    tables = read_tables(data, file_name, options.sheet, settings)
    sha256 = sha256_of(data)
    progress(0.4, t("import.step.recognising"))
    if template.is_template(tables) and options.kind == "auto":
        return _prepare_template(store, access, tables, file_name, sha256)
    table = choose_table(tables, file_name)
    layout = recognise_layout(table, upload_store.load_column_mapping(store, peek_digest(table)))
    if options.kind == "units" or (options.kind == "auto" and _looks_like_units(layout)):
        return _prepare_units(access, table, layout, sha256)
    return _prepare_ledger(store, access, table, layout, options, sha256, progress)


def peek_digest(table: RawTable) -> str:
    """The layout digest of a sheet's header row ('' when it has none)."""
    try:
        index = find_header_row(table.rows, known_header_words())
    except LookupError:
        return ""
    headers = [header_text(cell) for cell in table.rows[index]]
    while headers and not headers[-1]:
        headers.pop()
    return layout_digest(headers)


def inspect_layout(
    store: Store, data: bytes, file_name: str, sheet: str | None, settings: Settings
) -> Layout:
    """The recognised layout of a file's data sheet, for mapping unknown columns by hand."""
    table = choose_table(read_tables(data, file_name, sheet, settings), file_name)
    return recognise_layout(table, upload_store.load_column_mapping(store, peek_digest(table)))


def save_mapping(store: Store, access: Access, layout: Layout, mapping: Mapping[str, str]) -> None:
    """Remembers a hand mapping (header → field) for this layout; fields from MAPPABLE_FIELDS."""
    if not access.may_write:
        raise AccessDenied(t("access.read_only"))
    known = upload_store.load_column_mapping(store, layout.digest)
    chosen = {normalise_header(header): target for header, target in mapping.items() if target}
    upload_store.save_column_mapping(store, layout.digest, {**known, **chosen}, access.user)


def _looks_like_units(layout: Layout) -> bool:
    return (
        layout.column("unit") is not None
        and layout.column("sector") is not None
        and not layout.amount_columns()
    )


# --- ledger files ----------------------------------------------------------------------------


def _prepare_ledger(
    store: Store,
    access: Access,
    table: RawTable,
    layout: Layout,
    options: ImportOptions,
    sha256: str,
    progress: Progress,
) -> PreparedImport:
    sources = amount_sources(layout, options.kind)
    require_fields(layout, sorted({source.kind for source in sources}))
    if layout.form == "annual" and any(source.cumulative for source in sources):
        raise ImportRejected(t("import.cumulative_needs_period", where=layout.place()))
    progress(0.5, t("import.step.checking"))
    extracted = extract_lines(table, layout, sources, options.year)
    lines = extracted.lines
    if lines.empty:
        raise ImportRejected(t("import.no_lines", where=layout.place()))
    organisation = read_organisation(store)
    require_write(organisation, access, set(lines["ansvar"].unique()))
    totals = control_totals(lines)
    warnings = _ledger_warnings(layout, extracted, organisation)
    stored_lines = _decumulated(store, lines)
    preview = _ledger_preview(layout, extracted, stored_lines, totals, warnings, sha256)
    return PreparedImport(preview, *_split_kinds(stored_lines))


def _decumulated(store: Store, lines: pd.DataFrame) -> pd.DataFrame:
    cumulative = lines[lines["cumulative"]]
    if cumulative.empty:
        return lines
    stored = upload_store.stored_accounts(
        store,
        sorted(int(y) for y in cumulative["year"].unique()),
        sorted(set(cumulative["ansvar"].unique())),
    )
    return decumulate(lines, stored)


def _split_kinds(lines: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    budget = lines[lines["kind"] == "budget"].rename(columns={"period": "month"})
    accounts = lines[lines["kind"] == "accounts"]
    return (
        budget[upload_store.BUDGET_COLUMNS].reset_index(drop=True),
        accounts[upload_store.ACCOUNTS_COLUMNS].reset_index(drop=True),
    )


def _ledger_warnings(
    layout: Layout, extracted: ExtractedLines, organisation: pd.DataFrame
) -> tuple[str, ...]:
    lines = extracted.lines
    warnings = []
    unknown = unknown_ansvar(lines, organisation)
    if unknown:
        warnings.append(t("import.warn_unknown_ansvar", count=len(unknown), codes=_first(unknown)))
    duplicates = find_duplicates(lines)
    if duplicates.count:
        examples = "; ".join(" og ".join(str(r) for r in rows) for rows in duplicates.example_rows)
        warnings.append(t("import.warn_duplicates", count=duplicates.count, rows=examples))
    ignored = [f"«{layout.headers[i]}»" for i in layout.unrecognised()]
    ignored += [f"«{layout.headers[i]}»" for i in layout.columns("ignored")]
    if ignored:
        warnings.append(t("import.warn_ignored_columns", columns=", ".join(ignored)))
    if extracted.year_source in ("option", "file_name", "title"):
        years = ", ".join(str(y) for y in sorted(lines["year"].unique()))
        warnings.append(t(f"import.warn_year_from_{extracted.year_source}", year=years))
    if layout.form == "annual" and (lines["kind"] == "accounts").any():
        warnings.append(t("import.warn_annual_accounts"))
    return tuple(warnings)


def _first(codes: list[str]) -> str:
    listed = ", ".join(codes[:MAX_LISTED])
    return listed + (" …" if len(codes) > MAX_LISTED else "")


def _ledger_preview(
    layout: Layout,
    extracted: ExtractedLines,
    stored_lines: pd.DataFrame,
    totals: tuple[ControlTotal, ...],
    warnings: tuple[str, ...],
    sha256: str,
) -> Preview:
    kinds = sorted(set(stored_lines["kind"].unique()))
    lines = extracted.lines
    return Preview(
        file_name=layout.file_name,
        sha256=sha256,
        sheet=layout.sheet,
        kind=kinds[0] if len(kinds) == 1 else "mixed",
        form=layout.form,
        year_source=extracted.year_source,
        row_count=len(lines),
        sum_rows=extracted.sum_rows,
        years=tuple(sorted(int(y) for y in lines["year"].unique())),
        periods=tuple(sorted(int(p) for p in lines["period"].dropna().unique())),
        ansvar=tuple(sorted(set(lines["ansvar"].unique()))),
        control_totals=totals,
        warnings=warnings,
        columns=tuple(describe_roles(layout)),
        layout_digest=layout.digest,
        coverage={**coverage(stored_lines), "sheet": layout.sheet},
    )


# --- organisation files ----------------------------------------------------------------------


def _prepare_units(access: Access, table: RawTable, layout: Layout, sha256: str) -> PreparedImport:
    if not access.sees_everything:
        raise AccessDenied(t("import.units_need_director"))
    organisation = read_units(table, layout)
    preview = Preview(
        file_name=layout.file_name,
        sha256=sha256,
        sheet=layout.sheet,
        kind="units",
        form="units",
        year_source="",
        row_count=len(organisation),
        sum_rows=0,
        years=(),
        periods=(),
        ansvar=tuple(organisation["ansvar"]),
        control_totals=(),
        warnings=(),
        columns=tuple(describe_roles(layout)),
        layout_digest=layout.digest,
        coverage={
            "units": int(organisation["unit_code"].nunique()),
            "sectors": int(organisation["sector_code"].nunique()),
            "ansvar": sorted(organisation["ansvar"]),
        },
    )
    empty = pd.DataFrame()
    return PreparedImport(preview, empty, empty, organisation=organisation)


# --- templates ---------------------------------------------------------------------------------


def _prepare_template(
    store: Store, access: Access, tables: list[RawTable], file_name: str, sha256: str
) -> PreparedImport:
    filled = template.read_template(tables, file_name)
    organisation = read_organisation(store)
    require_write(organisation, access, set(filled.ansvar))
    preview = Preview(
        file_name=file_name,
        sha256=sha256,
        sheet=filled.sheet,
        kind="forecast",
        form="template",
        year_source="template",
        row_count=filled.line_count,
        sum_rows=0,
        years=(filled.year,),
        periods=(filled.month,),
        ansvar=tuple(sorted(filled.ansvar)),
        control_totals=(),
        warnings=filled.warnings,
        columns=(),
        layout_digest="",
        coverage={
            "year": filled.year,
            "month": filled.month,
            "ansvar": sorted(filled.ansvar),
            "units": [f.unit_code for f in filled.forecasts],
        },
    )
    empty = pd.DataFrame()
    return PreparedImport(preview, empty, empty, forecasts=filled.forecasts)


# --- storing ---------------------------------------------------------------------------------


def commit_import(
    store: Store, access: Access, prepared: PreparedImport, progress: Progress = _no_progress
) -> ImportResult:
    """Stores a prepared file once (see the module docstring) and writes an audit entry."""
    preview = prepared.preview
    progress(0.9, t("import.step.storing"))
    earlier = upload_store.find_active_upload(store, preview.sha256)
    if earlier is not None:
        return ImportResult(earlier.id, True, (), preview)
    upload = upload_store.NewUpload(
        preview.kind,
        preview.file_name,
        preview.sha256,
        access.user,
        preview.row_count,
        dict(preview.coverage),
    )
    replaced: tuple[int, ...] = ()
    if prepared.organisation is not None:
        upload_id = upload_store.store_units_upload(store, upload, prepared.organisation)
    elif preview.kind == "forecast":
        upload_id = _store_forecasts(store, access, upload, prepared.forecasts)
    else:
        require_write(read_organisation(store), access, set(preview.ansvar))
        upload_id, replaced = upload_store.store_ledger_upload(
            store, upload, prepared.budget, prepared.accounts
        )
    audit.record(store, access.user, "upload", f"{upload_id} {preview.kind} {preview.file_name}")
    progress(1.0, t("import.step.done"))
    return ImportResult(upload_id, False, replaced, preview)


def _store_forecasts(
    store: Store,
    access: Access,
    upload: upload_store.NewUpload,
    forecasts: tuple[OwnForecast, ...],
) -> int:
    save_own_forecasts(store, access, forecasts, access.user)  # all or none
    return upload_store.record_upload(store, upload)


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


# --- history and undo --------------------------------------------------------------------------


def upload_history(store: Store, access: Access) -> pd.DataFrame:
    """The uploads this person may see, newest first.

    Columns: id, kind, file_name, uploaded_by, uploaded_at, row_count, status, what,
    replaced (ids of uploads whose lines it replaced, as text). Kind and status are codes.
    """
    visible = set(visible_organisation(read_organisation(store), access)["ansvar"])
    replaced = upload_store.replaced_counts(store)
    records = [
        record
        for record in upload_store.read_uploads(store)
        if access.sees_everything
        or record.uploaded_by == access.user
        or set(_covered_ansvar(record.coverage)) & visible
    ]
    return pd.DataFrame(
        {
            "id": [r.id for r in records],
            "kind": [r.kind for r in records],
            "file_name": [r.file_name for r in records],
            "uploaded_by": [r.uploaded_by for r in records],
            "uploaded_at": [r.uploaded_at for r in records],
            "row_count": [r.row_count for r in records],
            "status": [r.status for r in records],
            "what": [describe_coverage(r.kind, r.coverage) for r in records],
            "replaced": [", ".join(str(i) for i in replaced.get(r.id, ())) for r in records],
        }
    )


def _covered_ansvar(coverage_: Mapping[str, Any]) -> list[str]:
    found = list(coverage_.get("ansvar", []))
    for kind in ("budget", "accounts"):
        part = coverage_.get(kind)
        if isinstance(part, Mapping):
            found += list(part.get("ansvar", []))
    return found


def describe_coverage(kind: str, coverage_: Mapping[str, Any]) -> str:
    """A short Norwegian description of what an upload covered.

    Ledger uploads keep a part per kind ({"accounts": {...}, "budget": {...}}); other uploads
    (and the demo's) keep years, periods and ansvar at the top.
    """
    parts = [
        _describe_part(part_kind, part)
        for part_kind in ("accounts", "budget")
        if isinstance(part := coverage_.get(part_kind), Mapping)
    ]
    if kind == "units":
        parts.append(t("import.coverage_units", count=len(coverage_.get("ansvar", []))))
    elif kind == "forecast":
        parts.append(
            t(
                "import.coverage_forecast",
                year=coverage_.get("year"),
                month=coverage_.get("month"),
                units=", ".join(coverage_.get("units", [])),
            )
        )
    elif not parts and "years" in coverage_:
        parts.append(_describe_part(kind, coverage_))
    return "; ".join(parts) or t(f"import.kind.{kind}")


def _describe_part(kind: str, part: Mapping[str, Any]) -> str:
    text = " ".join(
        item
        for item in (
            t(f"import.kind.{kind}").capitalize(),
            _span(part.get("years", []), ""),
            _span(part.get("periods", []), t("import.periods_word")),
        )
        if item
    )
    if part.get("ansvar"):
        text += " " + t("import.ansvar_count", count=len(part["ansvar"]))
    return text


def _span(numbers: list[int], word: str) -> str:
    """`2024`, `2024, 2025` or `2019–2026`, with a word in front (`periode 1–5`)."""
    if not numbers:
        return ""
    if len(numbers) <= 2:
        listed = ", ".join(str(n) for n in numbers)
    else:
        listed = f"{min(numbers)}–{max(numbers)}"
    return f"{word} {listed}".strip()


def undo(store: Store, access: Access, upload_id: int) -> str:
    """Reverts one upload and restores what it replaced; returns a Norwegian confirmation."""
    record = upload_store.read_upload(store, upload_id)
    if record is None:
        raise NotFound(t("import.no_such_upload", id=upload_id))
    if record.status != "active":
        raise UserError(t("import.already_undone", id=upload_id))
    if record.kind == "forecast":
        raise UserError(t("import.forecast_undo", id=upload_id))
    if record.kind == "units" and not access.sees_everything:
        raise AccessDenied(t("import.units_need_director"))
    require_write(read_organisation(store), access, set(_covered_ansvar(record.coverage)))
    upload_store.undo_upload(store, upload_id)
    audit.record(store, access.user, "undo", f"{upload_id} {record.kind} {record.file_name}")
    return t("import.undone", id=upload_id, file=record.file_name)


def format_control_total(total: ControlTotal) -> str:
    """`Regnskap 2024: 1 234 567 kr (1 200 linjer)` for previews and the command line.

    Øre are shown when there are any, so the sum can be checked against the spreadsheet's own.
    """
    kind = t(f"import.kind.{total.kind}").capitalize()
    if total.budget_kind:
        kind += f" ({t(f'import.budget_kind.{total.budget_kind}')})"
    return t(
        "import.control_total",
        kind=kind,
        year=total.year,
        amount=_exact_nok(total.amount),
        lines=total.lines,
    )


def _exact_nok(amount: float) -> str:
    if float(amount).is_integer():
        return format_nok(amount)
    return f"{format_number(amount, 2)} kr"
