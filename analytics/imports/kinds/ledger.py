"""Budgets and accounts from ERP exports and budget documents: the ledger lines, by unit key,
art, service, project, in the operating or the investment ledger.

The sheet is recognised by `layout` (header row, vocabulary, form), its amount columns read by
`sources`, its lines extracted and checked by `lines` (sum rows by structure, `sums`; unit key
and names, `keys`; ledger and plan years, `books`) and `checks`; cumulative accounts become
per-period amounts against what is stored. Every problem of the file is refused in one message.
A newer export of the same scope replaces the older lines: accounts of the same ledger, year,
period and unit; budgets of the same ledger, year, budget kind and unit. A file keyed by
project puts the register's responsible unit on its lines, and a project of the investment
ledger that the register lacks gets an entry from the file's own names (no frame until one is
given). Amounts in NOK, expenses positive.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from analytics.core.access import Access
from analytics.core.artgroups import INVESTMENT, LEDGERS, OPERATING, describe_ledger_rule
from analytics.core.errors import ImportRejected, UserError
from analytics.core.formatting import format_nok, format_number
from analytics.core.texts import t
from analytics.imports.checks import (
    ControlTotal,
    control_totals,
    decumulate,
    find_duplicates,
    groups_of,
)
from analytics.imports.headers import mappable_fields
from analytics.imports.keys import UnitKey
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
from analytics.imports.lines import ExtractedLines, LedgerNote, Skipped, extract_lines
from analytics.imports.reader import RawTable, normalise_header
from analytics.imports.rows import CellErrors
from analytics.imports.sources import (
    LEDGER_KINDS,
    amount_sources,
    require_fields,
    unused_key_columns,
)
from analytics.store import Store
from analytics.store import uploads as upload_store
from analytics.store.organisation import read_organisation
from analytics.store.projects import PROJECT_COLUMNS, read_projects

CHOICES = LEDGER_KINDS
STORED_AS = ("budget", "accounts", "mixed")
MAX_LISTED = 10
_ORGANISATION_COLUMN = {"ansvar": "ansvar", "unit": "unit_code", "sector": "sector_code"}


@dataclass(frozen=True)
class LedgerPart:
    """What an upload covers of one kind (budget or accounts)."""

    kind: str
    years: tuple[int, ...]
    periods: tuple[int, ...]  # months for budgets; empty for an annual budget
    budget_kinds: tuple[str, ...]
    ansvar: tuple[str, ...]  # the units' codes (ansvar, department, area, or project)
    ledgers: tuple[str, ...] = (OPERATING,)

    def describe(self) -> str:
        """`Regnskap 2024 periode 1–5 (2 ansvar)`, `Budsjett 2013, investering (4 ansvar)`."""
        text = " ".join(
            item
            for item in (
                t(f"import.kind.{self.kind}").capitalize(),
                span(self.years, ""),
                span(self.periods, t("import.periods_word")),
            )
            if item
        )
        if self.ledgers != (OPERATING,):
            text += ", " + ledger_label(self.ledgers)
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
                "ledgers": list(part.ledgers),
            }
            for part in self.parts
        }
        return {**parts, "sheet": self.sheet}


def read_coverage(raw: Mapping[str, Any], upload_kind: str) -> LedgerCoverage:
    """A ledger upload's coverage: a part per kind; an older upload (and the demo's) kept its
    one kind's years, periods and ansvar at the top, and knew only the operating ledger."""
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
        tuple(str(ledger) for ledger in json_field(raw, "ledgers", [OPERATING])),
    )


def coverage_of(
    lines: pd.DataFrame, sheet: str, projects: Mapping[str, str] | None = None
) -> LedgerCoverage:
    """What the lines cover, per kind: years, periods (months for budgets), units, ledgers.
    `projects` (code → responsible unit) places a line of a project under its unit."""
    parts = tuple(
        LedgerPart(
            str(kind),
            tuple(sorted(int(y) for y in of_kind["year"].unique())),
            tuple(sorted(int(p) for p in of_kind["period"].dropna().unique())),
            tuple(sorted(str(k) for k in of_kind["budget_kind"].unique() if k)),
            tuple(sorted(unit_codes(of_kind, projects or {}))),
            tuple(ledger for ledger in LEDGERS if ledger in set(of_kind["ledger"].unique())),
        )
        for kind, of_kind in groups_of(lines, "kind")
    )
    return LedgerCoverage(parts, sheet)


def unit_codes(lines: pd.DataFrame, projects: Mapping[str, str]) -> set[str]:
    """The lines' units, for access and coverage: their ansvar; for lines of a file keyed by
    project (no ansvar) the project's responsible unit, else the project's code (so only
    those who see the whole municipality may import it)."""
    ansvar = lines["ansvar"]
    units = {str(code) for code in ansvar.unique().tolist() if code}
    without = lines.loc[ansvar == "", "prosjekt"].unique().tolist()
    return units | {projects.get(str(code), "") or str(code) for code in without if code}


def span(numbers: tuple[int, ...], word: str) -> str:
    """`2024`, `2024, 2025` or `2019–2026`, with a word in front (`periode 1–5`)."""
    if not numbers:
        return ""
    if len(numbers) <= 2:
        listed = ", ".join(str(n) for n in numbers)
    else:
        listed = f"{min(numbers)}–{max(numbers)}"
    return f"{word} {listed}".strip()


def ledger_label(ledgers: Sequence[str]) -> str:
    """«drift», «investering», or «drift og investering»."""
    names = [t(f"ledger.{ledger}") for ledger in LEDGERS if ledger in set(ledgers)]
    return t("common.and_list", first=names[0], last=names[1]) if len(names) > 1 else names[0]


@dataclass(frozen=True, eq=False)
class LedgerLines:
    """What to store: the lines (in the columns of budget_lines and accounts_lines), the names
    the file gives its codes, new register entries, and the hand mapping to remember."""

    budget: pd.DataFrame
    accounts: pd.DataFrame
    names: pd.DataFrame
    projects: pd.DataFrame
    layout: Layout
    mapping: tuple[tuple[str, str], ...] = ()


# --- recognising and preparing -----------------------------------------------------------------


def recognise(source: Source) -> int:
    """Never sure: the ledger is the kind a file falls back to when no other kind is sure of
    it (`registry.recognise`), and its refusals then say what is missing."""
    return 0


def prepare(store: Store, access: Access, source: Source, options: ImportOptions) -> PreparedImport:
    """Reads and checks the ledger lines of the file (see the module docstring)."""
    table = choose_table(source.tables, source.file_name)
    layout = read_layout(store, table, options.mapping)
    extracted = _extract(table, layout, options)
    register = read_projects(store)
    stored_lines = _decumulated(store, extracted.lines)
    budget, accounts = _split_kinds(stored_lines)
    with ThreadPoolExecutor(max_workers=1) as background:
        in_scope = _alongside(
            background, store, upload_store.current_ledger_in_scope, budget, accounts
        )
        projects = new_projects(stored_lines, extracted.names, register)
        warnings = _warnings(layout, extracted, read_organisation(store))
        replaced = in_scope.result()
    preview = _preview(
        source,
        layout,
        extracted,
        (stored_lines, _responsible_units(register, projects)),
        warnings,
        replaced,
        projects,
    )
    payload = LedgerLines(budget, accounts, extracted.names, projects, layout, options.mapping)
    return PreparedImport("ledger", preview, payload)


def _alongside(
    background: ThreadPoolExecutor,
    store: Store,
    query: Callable[..., pd.DataFrame],
    *args: pd.DataFrame,
) -> Future[pd.DataFrame]:
    """`query(store, *args)` asked on the background thread, so that DuckDB answers it
    without holding Python's lock while the checks run on this one; at once inside a
    transaction, whose writes the other thread's cursor would not see."""
    if store.in_transaction:
        done: Future[pd.DataFrame] = Future()
        done.set_result(query(store, *args))
        return done
    return background.submit(query, store, *args)


def _extract(table: RawTable, layout: Layout, options: ImportOptions) -> ExtractedLines:
    """The sheet's lines, every problem of the sheet refused together."""
    errors = CellErrors()
    ledger_kind = options.kind if options.kind in CHOICES else "auto"
    sources = amount_sources(layout, ledger_kind, options.ledger, errors)
    require_fields(layout, sorted({source.kind for source in sources}) or CHOICES, errors)
    if layout.form == "annual" and any(source.cumulative for source in sources):
        errors.add(t("import.cumulative_needs_period", where=layout.place()))
    extracted = extract_lines(table, layout, sources, options.year, errors)
    if extracted.lines.empty:
        skipped = " ".join(skipped_text(item) for item in extracted.skipped)
        raise ImportRejected(f"{t('import.no_lines', where=layout.place())} {skipped}".strip())
    return extracted


def read_layout(store: Store, table: RawTable, by_hand: Sequence[tuple[str, str]] = ()) -> Layout:
    """The sheet's layout, with the columns mapped by hand for this layout (remembered, and
    `by_hand` as (header, field) over them). Refuses a field or header that does not exist."""
    remembered = upload_store.load_column_mapping(store, peek_digest(table))
    chosen = hand_mapping(by_hand)
    layout = recognise_layout(table, {**remembered, **chosen})
    headers = {normalise_header(header) for header in layout.headers}
    unknown = [header for header, _ in by_hand if normalise_header(header) not in headers]
    if unknown:
        listed = ", ".join(f"«{header}»" for header in layout.headers if header)
        raise UserError(
            t(
                "import.map_unknown_column",
                where=layout.place(layout.header_row_number),
                columns=", ".join(f"«{header}»" for header in unknown),
                headers=listed,
            )
        )
    return layout


def hand_mapping(by_hand: Sequence[tuple[str, str]]) -> dict[str, str]:
    """(header, field) pairs as a mapping of normalised headers; refuses unknown fields."""
    allowed = mappable_fields()
    bad = [field for _, field in by_hand if field not in allowed]
    if bad:
        raise UserError(
            t("import.map_bad_field", fields=", ".join(bad), allowed=", ".join(allowed))
        )
    return {normalise_header(header): field for header, field in by_hand}


def layout_of(prepared: PreparedImport) -> Layout | None:
    """The sheet layout a prepared ledger import was read with (None for other kinds)."""
    payload = prepared.payload
    return payload.layout if isinstance(payload, LedgerLines) else None


def _responsible_units(register: pd.DataFrame, new: pd.DataFrame) -> dict[str, str]:
    """project code → responsible unit, of the register and its new entries."""
    both = pd.concat([register[["code", "unit_code"]], new[["code", "unit_code"]]])
    known = both[both["unit_code"] != ""]
    return dict(zip(known["code"], known["unit_code"], strict=True))


def new_projects(lines: pd.DataFrame, names: pd.DataFrame, register: pd.DataFrame) -> pd.DataFrame:
    """Register entries (PROJECT_COLUMNS) for the investment ledger's projects that the
    register lacks: the file's name (else the code), the one ansvar of its lines (else none),
    no frame, the first year of its lines, building when it has accounts, else planning."""
    chosen = (lines["ledger"] == INVESTMENT).to_numpy(dtype=bool)
    if not chosen.any():
        return pd.DataFrame(columns=PROJECT_COLUMNS)
    investment = lines[chosen & (lines["prosjekt"] != "").to_numpy(dtype=bool)]
    unknown = investment[~investment["prosjekt"].isin(set(register["code"]))]
    if unknown.empty:
        return pd.DataFrame(columns=PROJECT_COLUMNS)
    file_names = names[names["field"] == "prosjekt"].set_index("code")["name"].to_dict()
    rows = []
    for code, of_project in unknown.groupby("prosjekt", sort=True):
        ansvar = sorted(set(of_project["ansvar"]) - {""})
        rows.append(
            {
                "code": str(code),
                "name": str(file_names.get(code, code)),
                "unit_code": ansvar[0] if len(ansvar) == 1 else "",
                "frame": float("nan"),
                "start_year": int(of_project["year"].min()),
                "end_year": None,
                "phase": "building" if (of_project["kind"] == "accounts").any() else "planning",
                "source": "ledger",
            }
        )
    return pd.DataFrame(rows, columns=PROJECT_COLUMNS)


def _decumulated(store: Store, lines: pd.DataFrame) -> pd.DataFrame:
    cumulative = lines[lines["cumulative"]]
    if cumulative.empty:
        return lines
    units = np.where(cumulative["scope_key"] == "", cumulative["ansvar"], cumulative["scope_key"])
    stored = upload_store.stored_accounts(
        store, sorted(int(y) for y in cumulative["year"].unique()), sorted(set(units))
    )
    return decumulate(lines, stored)


def _split_kinds(lines: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    budget = _of_kind(lines, "budget").rename(columns={"period": "month"})
    accounts = _of_kind(lines, "accounts")
    return (
        budget[upload_store.BUDGET_COLUMNS].reset_index(drop=True),
        accounts[upload_store.ACCOUNTS_COLUMNS].reset_index(drop=True),
    )


def _of_kind(lines: pd.DataFrame, kind: str) -> pd.DataFrame:
    """The lines of one kind (all of them, uncopied, in a file of that kind only)."""
    chosen = lines["kind"] == kind
    return lines if chosen.all() else lines[chosen]


# --- what the preview says -----------------------------------------------------------------------


def _warnings(
    layout: Layout, extracted: ExtractedLines, organisation: pd.DataFrame
) -> tuple[str, ...]:
    lines = extracted.lines
    warnings = []
    unknown = unknown_units(lines, organisation, extracted.key)
    if unknown:
        warnings.append(t("import.warn_unknown_ansvar", count=len(unknown), codes=_first(unknown)))
    duplicates = find_duplicates(lines)
    if duplicates.count:
        examples = "; ".join(" og ".join(str(r) for r in rows) for rows in duplicates.example_rows)
        warnings.append(t("import.warn_duplicates", count=duplicates.count, rows=examples))
    unused = [*layout.unrecognised(), *layout.columns("ignored"), *unused_key_columns(layout)]
    if unused:
        columns = ", ".join(f"«{layout.headers[i]}»" for i in sorted(unused))
        warnings.append(t("import.warn_ignored_columns", columns=columns))
    if extracted.year_source in ("option", "file_name", "title"):
        years = ", ".join(str(y) for y in sorted(lines["year"].unique()))
        warnings.append(t(f"import.warn_year_from_{extracted.year_source}", year=years))
    if layout.form == "annual" and (lines["kind"] == "accounts").any():
        warnings.append(t("import.warn_annual_accounts"))
    return tuple(warnings)


def unknown_units(
    lines: pd.DataFrame, organisation: pd.DataFrame, key: UnitKey | None
) -> list[str]:
    """The unit codes of the lines that the organisation knows at no level, sorted (a file
    keyed by project is checked against the register instead: `new_projects`)."""
    if key is not None and key.field not in _ORGANISATION_COLUMN:
        return []
    known = set(organisation["ansvar"]) | set(organisation["unit_code"])
    known |= set(organisation["sector_code"])
    return sorted(set(lines["ansvar"].unique()) - known - {""})


def _first(codes: list[str]) -> str:
    listed = ", ".join(codes[:MAX_LISTED])
    return listed + (" …" if len(codes) > MAX_LISTED else "")


def _notes(
    extracted: ExtractedLines, stored_lines: pd.DataFrame, projects: pd.DataFrame
) -> tuple[str, ...]:
    """What was decided and why: the ledger, the plan years, the skipped rows, new projects."""
    notes = [ledger_note(note) for note in extracted.ledgers]
    plan = plan_note(stored_lines)
    if plan:
        notes.append(plan)
    notes += [skipped_text(item) for item in extracted.skipped]
    if not projects.empty:
        listed = ", ".join(f"{row.code} {row.name}" for row in projects.itertuples())
        notes.append(t("import.note_new_projects", count=len(projects), projects=listed))
    return tuple(notes)


def ledger_note(note: LedgerNote) -> str:
    """«Investering: 35 linjer, etter artsregelen (5-sifret art som begynner på 0 eller 3).»"""
    return t(
        f"import.ledger_note.{note.reason}",
        ledger=t(f"ledger.{note.ledger}").capitalize(),
        lines=format_count(note.lines),
        words=note.words,
        rule=describe_ledger_rule(note.ledger),  # type: ignore[arg-type]
    )


def format_count(count: int) -> str:
    """A count as Norwegian writes it, `200 000` (a no-break space between thousands, as
    Babel's nb locale has it; written here so a preview needs no locale data loaded)."""
    return f"{count:,}".replace(",", "\u00a0")


def plan_note(lines: pd.DataFrame) -> str:
    """The economic plan's years as stored: the adopted year and the plan years ('' when the
    file has no plan figures)."""
    budget = lines[lines["kind"] == "budget"]
    plan = sorted({int(year) for year in budget.loc[budget["budget_kind"] == "plan", "year"]})
    if not plan:
        return ""
    adopted = sorted(
        {int(year) for year in budget.loc[budget["budget_kind"] == "original", "year"]}
    )
    return t(
        "import.note_plan",
        adopted=span(tuple(adopted), "") or "–",
        plan=span(tuple(plan), ""),
    )


def skipped_text(item: Skipped) -> str:
    """«3 sumrader er hoppet over (regnskap 1 606 749,50 kr): rad 7, 10, 11.»"""
    amounts = ", ".join(
        f"{t(f'import.kind.{kind}')} {exact_nok(amount)}" for kind, amount in item.amounts
    )
    rows = ", ".join(str(row) for row in item.rows) + (" …" if item.count > len(item.rows) else "")
    return t(f"import.skipped.{item.reason}", count=item.count, amounts=amounts, rows=rows)


def _preview(
    source: Source,
    layout: Layout,
    extracted: ExtractedLines,
    stored: tuple[pd.DataFrame, dict[str, str]],
    warnings: tuple[str, ...],
    replaced: pd.DataFrame,
    projects: pd.DataFrame,
) -> Preview:
    stored_lines, units = stored
    kinds = sorted(set(stored_lines["kind"].unique()))
    kind = kinds[0] if len(kinds) == 1 else "mixed"
    totals = control_totals(extracted.lines)
    coverage = coverage_of(stored_lines, layout.sheet, units)
    key = extracted.key.field if extracted.key is not None else "ansvar"
    return Preview(
        file_name=source.file_name,
        sheet=layout.sheet,
        sha256=source.sha256,
        kind=kind,
        form=layout.form,
        row_count=len(extracted.lines),
        coverage=coverage,
        facts=(
            (t("import.page.kind_label"), t(f"import.kind.{kind}")),
            (
                t("import.page.ledger"),
                ledger_label(list(stored_lines["ledger"].unique())).capitalize(),
            ),
            (t("import.page.key"), t(f"import.key.{key}")),
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
        notes=_notes(extracted, stored_lines, projects),
    )


def totals_table(totals: tuple[ControlTotal, ...]) -> pd.DataFrame:
    """What will be stored, per kind, ledger and year: lines and their sum (NOK)."""
    return pd.DataFrame(
        {
            t("import.preview.col_kind"): [_kind_label(x.kind, x.budget_kind) for x in totals],
            t("import.preview.col_ledger"): [t(f"ledger.{x.ledger}") for x in totals],
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
            t("import.preview.col_ledger"): [t(f"ledger.{x}") for x in replaced["ledger"]],
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
    """`Regnskap 2024: 1 234 567 kr (1 200 linjer)` for previews and the command line; the
    investment ledger's totals say so (`Budsjett (opprinnelig), investering 2013: …`).

    Øre are shown when there are any, so the sum can be checked against the spreadsheet's own.
    """
    kind = _kind_label(total.kind, total.budget_kind)
    if total.ledger != OPERATING:
        kind += f", {t(f'ledger.{total.ledger}')}"
    return t(
        "import.control_total",
        kind=kind,
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
    """Stores the lines, names and new register entries, replacing the older lines of their
    scope, and remembers a mapping given by hand for the layout (one transaction)."""
    payload = prepared.payload_as(LedgerLines)
    with store.transaction():
        stored = upload_store.store_ledger_upload(
            store,
            new_upload(prepared, access),
            payload.budget,
            payload.accounts,
            payload.names,
            payload.projects,
        )
        if payload.mapping:
            digest = payload.layout.digest
            remembered = upload_store.load_column_mapping(store, digest)
            chosen = {**remembered, **hand_mapping(payload.mapping)}
            upload_store.save_column_mapping(store, digest, chosen, access.user)
    return stored


KIND = ImportKind(
    "ledger",
    BY_ANSVAR,
    recognise,
    prepare,
    commit,
    read_coverage,
    tables=(upload_store.BUDGET, upload_store.ACCOUNTS, upload_store.PROJECTS),
    choices=CHOICES,
    stored_as=STORED_AS,
)
