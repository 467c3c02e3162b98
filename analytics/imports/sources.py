"""What each amount column of a ledger sheet holds, and what the sheet lacks.

An amount column is budget or accounts (from its header word; a bare `Beløp`, a month or a year
from `--kind`, else from the title block, sheet or file name: «Regnskapsrapport»,
«budsjettforslag_2024.xlsx»), of a budget kind (original, revised, or plan for the later
years of an economic plan: `books.plan_kinds`), cumulative or not, maybe of a year and month
its header names, and of a ledger (`books.ledger_verdicts`). Problems are not raised one at a
time: they are added to the sheet's `CellErrors`, so that one refusal names all of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from analytics.core.texts import t
from analytics.imports.books import (
    ORIGINAL,
    LedgerVerdict,
    PlanColumn,
    file_texts,
    ledger_verdicts,
    plan_kinds,
)
from analytics.imports.headers import FIELDS
from analytics.imports.keys import unit_key
from analytics.imports.layout import Layout
from analytics.imports.reader import normalise_header
from analytics.imports.rows import CellErrors

LEDGER_KINDS = ("budget", "accounts")
BY_ART_RULE = LedgerVerdict(None, "art_rule")
_KIND_OF_FIELD = {
    "accounts": ("accounts", "", False),
    "accounts_cumulative": ("accounts", "", True),
    "budget": ("budget", ORIGINAL, False),
    "budget_revised": ("budget", "revised", False),
    "budget_plan": ("budget", ORIGINAL, False),  # the first plan year is the adopted budget
}


@dataclass(frozen=True)
class AmountSource:
    """One amount column and what its numbers are."""

    column: int
    kind: str  # budget or accounts
    budget_kind: str  # original, revised or plan for budgets, '' for accounts
    cumulative: bool
    year: int | None  # named in the header
    month: int | None  # named in the header (wide by month)
    ledger: LedgerVerdict = BY_ART_RULE
    plan_word: bool = False  # the header says «økonomiplan», «ØP» or «plan»


def amount_sources(
    layout: Layout, kind_option: str, ledger_option: str | None, errors: CellErrors
) -> list[AmountSource]:
    """What each amount column holds. A column whose kind cannot be known for sure is an
    error (added to `errors`; read as accounts meanwhile, so its cells are checked too)."""
    sources = []
    for index in layout.amount_columns():
        role = layout.roles[index]
        assert role is not None
        kind, budget_kind, cumulative = _kind_of(layout, index, role.field, kind_option, errors)
        sources.append(
            AmountSource(
                index,
                kind,
                budget_kind,
                cumulative,
                role.year,
                role.month,
                plan_word=role.field == "budget_plan",
            )
        )
    if not sources:
        errors.add(t("import.no_amount_column", where=layout.place(), columns=listed(layout)))
        return []
    verdicts = ledger_verdicts(layout, [source.column for source in sources], ledger_option)
    return with_plan_kinds(
        layout, [replace(source, ledger=verdicts[source.column]) for source in sources]
    )


def _kind_of(
    layout: Layout, index: int, field: str, kind_option: str, errors: CellErrors
) -> tuple[str, str, bool]:
    place = layout.place(layout.header_row_number, index)
    if field == "amount":
        kind = kind_option if kind_option in LEDGER_KINDS else kind_in_file(layout)
        if kind is None:
            errors.add(t("import.unknown_kind", where=place))
            kind = "accounts"
        return kind, ORIGINAL if kind == "budget" else "", False
    kind, budget_kind, cumulative = _KIND_OF_FIELD[field]
    if kind_option in LEDGER_KINDS and kind != kind_option:
        errors.add(t("import.kind_mismatch", where=place, kind=t(f"import.kind.{kind_option}")))
    return kind, budget_kind, cumulative


def kind_in_file(layout: Layout) -> str | None:
    """budget or accounts when the title block, sheet or file name says only one of them
    («Regnskapsrapport 2024», «budsjettforslag_2024.xlsx», «Økonomiplan 2013–2016»)."""
    words = set(normalise_header(" ".join(file_texts(layout))).split(" "))
    accounts = any(_is_accounts_word(word) for word in words)
    budget = any(_is_budget_word(word) for word in words)
    if accounts == budget:
        return None
    return "accounts" if accounts else "budget"


def _is_accounts_word(word: str) -> bool:
    return any(word.startswith(stem) or word.endswith(stem) for stem in ("regnskap", "rekneskap"))


def _is_budget_word(word: str) -> bool:
    return (
        word.startswith("budsjett")
        or word.endswith("budsjett")
        or word.startswith(("økonomiplan", "handlingsprogram"))
    )


def with_plan_kinds(layout: Layout, sources: list[AmountSource]) -> list[AmountSource]:
    """The sources with the later years of an economic plan as budget kind `plan`."""
    columns = [
        PlanColumn(source.column, source.year, source.plan_word)
        for source in sources
        if source.kind == "budget"
        and source.budget_kind == ORIGINAL
        and source.year is not None
        and source.month is None
    ]
    kinds = plan_kinds(layout, columns)
    return [
        replace(source, budget_kind=kinds[source.column]) if source.column in kinds else source
        for source in sources
    ]


def listed(layout: Layout) -> str:
    """The sheet's unrecognised column names, «A», «B» (– when none)."""
    unknown = [f"«{layout.headers[i]}»" for i in layout.unrecognised()]
    return ", ".join(unknown) or "–"


def require_fields(layout: Layout, kinds: Sequence[str], errors: CellErrors | None = None) -> None:
    """The columns required for these kinds must be there (added to `errors`, or raised when
    none are given); the ledger kinds need a unit key and, for accounts, an art."""
    own = errors or CellErrors()
    missing = [
        t(f"import.field.{field.name}")
        for field in FIELDS
        if set(field.required_for) & set(kinds) and layout.column(field.name) is None
    ]
    if set(kinds) & set(LEDGER_KINDS) and unit_key(layout) is None:
        missing.insert(0, t("import.unit_key_fields"))
    if missing:
        own.add(
            t(
                "import.missing_columns",
                where=layout.place(layout.header_row_number),
                missing=", ".join(missing),
                columns=listed(layout),
            )
        )
    if errors is None:
        own.raise_if_any()


def unused_key_columns(layout: Layout) -> list[int]:
    """Department or area columns beside a lower unit key («Avdeling» beside «Ansvar»): read,
    but not stored (the organisation says which unit and sector an ansvar belongs to)."""
    key = unit_key(layout)
    if key is None or key.stored_in != "ansvar":
        return []
    return sorted(
        column
        for field in ("unit", "sector")
        if field != key.field
        for column in (layout.column(field), layout.column(f"{field}_name"))
        if column is not None
    )
