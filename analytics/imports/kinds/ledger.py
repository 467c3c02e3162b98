"""Budgets and accounts from ERP exports: the ledger lines, by ansvar, art, service, project.

The sheet is recognised by `layout` (header row, vocabulary, form), its lines extracted and
checked by `lines` and `checks`; cumulative accounts become per-period amounts against what is
stored. A newer export of the same scope replaces the older lines (accounts: year, period and
ansvar; budgets: year, budget kind and ansvar). Amounts in NOK, expenses positive.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from analytics.core.access import Access
from analytics.core.errors import ImportRejected
from analytics.core.formatting import format_nok, format_number
from analytics.core.texts import t
from analytics.imports.checks import (
    ControlTotal,
    control_totals,
    decumulate,
    find_duplicates,
    unknown_ansvar,
)
from analytics.imports.kind import (
    BY_ANSVAR,
    ImportKind,
    ImportOptions,
    PreparedImport,
    Preview,
    Source,
    json_field,
    new_upload,
    replaced_ids,
    upload_table,
)
from analytics.imports.layout import (
    Layout,
    choose_table,
    describe_roles,
    peek_digest,
    recognise_layout,
)
from analytics.imports.lines import ExtractedLines, amount_sources, extract_lines, require_fields
from analytics.imports.reader import RawTable
from analytics.store import Store
from analytics.store import uploads as upload_store
from analytics.store.organisation import read_organisation

CHOICES = ("budget", "accounts")
STORED_AS = ("budget", "accounts", "mixed")
MAX_LISTED = 10


@dataclass(frozen=True)
class LedgerPart:
    """What an upload covers of one kind (budget or accounts)."""

    kind: str
    years: tuple[int, ...]
    periods: tuple[int, ...]  # months for budgets; empty for an annual budget
    budget_kinds: tuple[str, ...]
    ansvar: tuple[str, ...]

    def describe(self) -> str:
        """`Regnskap 2024 periode 1–5 (2 ansvar)`."""
        text = " ".join(
            item
            for item in (
                t(f"import.kind.{self.kind}").capitalize(),
                span(self.years, ""),
                span(self.periods, t("import.periods_word")),
            )
            if item
        )
        if self.ansvar:
            text += " " + t("import.ansvar_count", count=len(self.ansvar))
        return text


@dataclass(frozen=True)
class LedgerCoverage:
    """What a ledger upload covers, per kind of line."""

    parts: tuple[LedgerPart, ...]
    sheet: str = ""

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(code for part in self.parts for code in part.ansvar)

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(sorted({year for part in self.parts for year in part.years}))

    @property
    def periods(self) -> tuple[int, ...]:
        return tuple(sorted({period for part in self.parts for period in part.periods}))

    def describe(self) -> str:
        return "; ".join(part.describe() for part in self.parts) or t("import.kind.mixed")

    def to_json(self) -> dict[str, Any]:
        parts: dict[str, Any] = {
            part.kind: {
                "years": list(part.years),
                "periods": list(part.periods),
                "budget_kinds": list(part.budget_kinds),
                "ansvar": list(part.ansvar),
            }
            for part in self.parts
        }
        return {**parts, "sheet": self.sheet}


def read_coverage(raw: Mapping[str, Any], upload_kind: str) -> LedgerCoverage:
    """A ledger upload's coverage: a part per kind; an older upload (and the demo's) kept its
    one kind's years, periods and ansvar at the top."""
    parts = tuple(
        _part(kind, part)
        for kind in ("accounts", "budget")
        if isinstance(part := raw.get(kind), Mapping)
    )
    if not parts and "years" in raw:
        parts = (_part(upload_kind if upload_kind in CHOICES else "accounts", raw),)
    return LedgerCoverage(parts, str(json_field(raw, "sheet", "")))


def _part(kind: str, raw: Mapping[str, Any]) -> LedgerPart:
    single = [raw["budget_kind"]] if "budget_kind" in raw else []
    budget_kinds = json_field(raw, "budget_kinds", single)
    return LedgerPart(
        kind,
        tuple(int(y) for y in json_field(raw, "years", [])),
        tuple(int(p) for p in json_field(raw, "periods", [])),
        tuple(str(k) for k in budget_kinds),
        tuple(str(a) for a in json_field(raw, "ansvar", [])),
    )


def coverage_of(lines: pd.DataFrame, sheet: str) -> LedgerCoverage:
    """What the lines cover, per kind: years, periods (months for budgets) and ansvar."""
    parts = tuple(
        LedgerPart(
            str(kind),
            tuple(sorted(int(y) for y in of_kind["year"].unique())),
            tuple(sorted(int(p) for p in of_kind["period"].dropna().unique())),
            tuple(sorted(str(k) for k in of_kind["budget_kind"].unique() if k)),
            tuple(sorted(str(a) for a in of_kind["ansvar"].unique())),
        )
        for kind, of_kind in lines.groupby("kind", sort=True)
    )
    return LedgerCoverage(parts, sheet)


def span(numbers: tuple[int, ...], word: str) -> str:
    """`2024`, `2024, 2025` or `2019–2026`, with a word in front (`periode 1–5`)."""
    if not numbers:
        return ""
    if len(numbers) <= 2:
        listed = ", ".join(str(n) for n in numbers)
    else:
        listed = f"{min(numbers)}–{max(numbers)}"
    return f"{word} {listed}".strip()


@dataclass(frozen=True, eq=False)
class LedgerLines:
    """The lines to store, in the columns of budget_lines and accounts_lines."""

    budget: pd.DataFrame
    accounts: pd.DataFrame


# --- recognising and preparing -----------------------------------------------------------------


def recognise(source: Source) -> int:
    """Never sure: the ledger is the kind a file falls back to when no other kind is sure of
    it (`registry.recognise`), and its refusals then say what is missing."""
    return 0


def prepare(store: Store, access: Access, source: Source, options: ImportOptions) -> PreparedImport:
    """Reads and checks the ledger lines of the file (see the module docstring)."""
    table = choose_table(source.tables, source.file_name)
    layout = read_layout(store, table)
    ledger_kind = options.kind if options.kind in CHOICES else "auto"
    sources = amount_sources(layout, ledger_kind)
    require_fields(layout, sorted({source.kind for source in sources}))
    if layout.form == "annual" and any(source.cumulative for source in sources):
        raise ImportRejected(t("import.cumulative_needs_period", where=layout.place()))
    extracted = extract_lines(table, layout, sources, options.year)
    if extracted.lines.empty:
        raise ImportRejected(t("import.no_lines", where=layout.place()))
    warnings = _warnings(layout, extracted, read_organisation(store))
    stored_lines = _decumulated(store, extracted.lines)
    budget, accounts = _split_kinds(stored_lines)
    replaced = upload_store.current_ledger_in_scope(store, budget, accounts)
    preview = _preview(source, layout, extracted, stored_lines, warnings, replaced)
    return PreparedImport("ledger", preview, LedgerLines(budget, accounts))


def read_layout(store: Store, table: RawTable) -> Layout:
    """The sheet's layout, with the columns mapped by hand for this layout."""
    return recognise_layout(table, upload_store.load_column_mapping(store, peek_digest(table)))


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


def _warnings(
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


def _preview(
    source: Source,
    layout: Layout,
    extracted: ExtractedLines,
    stored_lines: pd.DataFrame,
    warnings: tuple[str, ...],
    replaced: pd.DataFrame,
) -> Preview:
    kinds = sorted(set(stored_lines["kind"].unique()))
    kind = kinds[0] if len(kinds) == 1 else "mixed"
    totals = control_totals(extracted.lines)
    coverage = coverage_of(stored_lines, layout.sheet)
    return Preview(
        file_name=source.file_name,
        sha256=source.sha256,
        sheet=layout.sheet,
        kind=kind,
        form=layout.form,
        row_count=len(extracted.lines),
        coverage=coverage,
        facts=(
            (t("import.page.kind_label"), t(f"import.kind.{kind}")),
            (t("import.page.years"), ", ".join(str(y) for y in coverage.years) or "–"),
            (t("import.page.periods"), span(coverage.periods, "") or "–"),
            (t("import.page.units"), str(len(coverage.codes))),
            (t("import.page.rows"), str(len(extracted.lines))),
        ),
        stored=totals_table(totals),
        replaced=_replaced_table(replaced),
        replaces=replaced_ids(replaced["upload_id"]),
        warnings=warnings,
        columns=tuple(describe_roles(layout)),
        layout_digest=layout.digest,
        year_source=extracted.year_source,
        sum_rows=extracted.sum_rows,
        control_totals=totals,
        amounts=(t("import.preview.col_amount"),),
    )


def totals_table(totals: tuple[ControlTotal, ...]) -> pd.DataFrame:
    """What will be stored, per kind and year: lines and their sum (NOK)."""
    return pd.DataFrame(
        {
            t("import.preview.col_kind"): [_kind_label(x.kind, x.budget_kind) for x in totals],
            t("import.preview.col_year"): [str(x.year) for x in totals],
            t("import.preview.col_lines"): [x.lines for x in totals],
            t("import.preview.col_amount"): [x.amount for x in totals],
        }
    )


def _replaced_table(replaced: pd.DataFrame) -> pd.DataFrame:
    ids, names = upload_table(replaced["upload_id"], replaced["file_name"])
    return pd.DataFrame(
        {
            t("import.preview.col_upload"): ids,
            t("import.preview.col_file"): names,
            t("import.preview.col_kind"): [
                _kind_label(kind, budget_kind)
                for kind, budget_kind in zip(replaced["kind"], replaced["budget_kind"], strict=True)
            ],
            t("import.preview.col_year"): [str(int(y)) for y in replaced["year"]],
            t("import.preview.col_lines"): [int(n) for n in replaced["lines"]],
            t("import.preview.col_amount"): [float(a) for a in replaced["amount"]],
        }
    )


def _kind_label(kind: str, budget_kind: str) -> str:
    label = t(f"import.kind.{kind}").capitalize()
    if budget_kind:
        label += f" ({t(f'import.budget_kind.{budget_kind}')})"
    return label


def format_control_total(total: ControlTotal) -> str:
    """`Regnskap 2024: 1 234 567 kr (1 200 linjer)` for previews and the command line.

    Øre are shown when there are any, so the sum can be checked against the spreadsheet's own.
    """
    return t(
        "import.control_total",
        kind=_kind_label(total.kind, total.budget_kind),
        year=total.year,
        amount=exact_nok(total.amount),
        lines=total.lines,
    )


def exact_nok(amount: float) -> str:
    """`1 234 567 kr`, or `1 234,50 kr` when there are øre."""
    if float(amount).is_integer():
        return format_nok(amount)
    return f"{format_number(amount, 2)} kr"


# --- storing --------------------------------------------------------------------------------------


def commit(store: Store, access: Access, prepared: PreparedImport) -> tuple[int, tuple[int, ...]]:
    """Stores the lines, replacing the older lines of their scope (one transaction)."""
    lines = prepared.payload_as(LedgerLines)
    return upload_store.store_ledger_upload(
        store, new_upload(prepared, access), lines.budget, lines.accounts
    )


KIND = ImportKind(
    "ledger",
    BY_ANSVAR,
    recognise,
    prepare,
    commit,
    read_coverage,
    tables=(upload_store.BUDGET, upload_store.ACCOUNTS),
    choices=CHOICES,
    stored_as=STORED_AS,
)
