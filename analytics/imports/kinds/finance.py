"""The financial room's files: the balance (year, item, amount), the loan portfolio (loan,
lender, balance, interest rate, fixed until, maturity) and the ROBEK coverage plan (year,
amount to cover).

- `balance`: an item is one of `finance.balance.ITEMS` or, for a plan without art, one of the
  main figures of `finance.plan_figures.PLAN_ITEMS`, in bokmål or nynorsk ("disposisjonsfond",
  "pensjonsforpliktingar", "sjølvkostlån", "udekka meirforbruk" …); an item of a year replaces
  the stored item of that year; undo gives the replaced one back.
- `loans` and `coverage` replace the whole portfolio or plan; undo gives the replaced one back.
- Amounts are NOK as positive balances; a rate is a percentage ("4,25" or "4,25 %"); a date is
  a date cell, «31.12.2030», «2030-12-31» or a year (its last day); an empty «fastrente til»
  is a floating rate. Every bad cell is named (file, sheet, row, column), all at once.
Imported by administrators and the director (the figures are the whole municipality's).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from analytics.core.access import Access
from analytics.core.errors import ImportRejected
from analytics.core.formatting import format_date, format_nok, format_pct
from analytics.core.texts import t
from analytics.finance.balance import ITEMS
from analytics.finance.plan_figures import PLAN_ITEMS, PLAN_SPELLINGS
from analytics.imports.kind import (
    ADMINISTRATION,
    ImportKind,
    ImportOptions,
    PreparedImport,
    Preview,
    Source,
    new_upload,
)
from analytics.imports.kinds.registers import RegisterCoverage, reader_of, replaced_uploads_of
from analytics.imports.layout import choose_table, describe_roles, recognise_layout, sure_score
from analytics.imports.reader import normalise_header
from analytics.imports.rows import SheetRow, data_rows, each_checked, require_columns
from analytics.store import Store
from analytics.store.finance import (
    COVERAGE_COLUMNS,
    ITEM_COLUMNS,
    LOAN_COLUMNS,
    read_coverage_plan,
    read_items,
    read_loans,
    store_coverage_upload,
    store_items_upload,
    store_loans_upload,
)
from analytics.store.uploads import COVERAGE_PLAN, FINANCE_ITEMS, LOANS, Versioned

ITEM_SPELLINGS = {
    "disposisjonsfond": ("disposisjonsfond", "disposisjonsfondet", "disposisjonsfond i alt"),
    "langsiktig gjeld": ("langsiktig gjeld", "langsiktig gjeld i alt", "lang gjeld"),
    "pensjonsforpliktelser": ("pensjonsforpliktelser", "pensjonsforpliktingar",
                              "pensjonsforplikting", "pensjonsforpliktelse"),
    "utlån": ("utlån", "utlån i alt"),
    "ubrukte lånemidler": ("ubrukte lånemidler", "ubrukte lånemidlar", "ubrukte lånemiddel",
                           "unytta lånemidlar"),
    "formidlingslån": ("formidlingslån", "startlån", "videreutlån", "vidareutlån"),
    "selvkostlån": ("selvkostlån", "sjølvkostlån"),
    "avskrivbare anleggsmidler": ("avskrivbare anleggsmidler", "avskrivbare anleggsmidlar",
                                  "avskrivingsgrunnlag", "avskrivbare driftsmidler"),
    "akkumulert merforbruk": ("akkumulert merforbruk", "akkumulert meirforbruk",
                              "udekket merforbruk", "udekka meirforbruk", "merforbruk"),
}  # fmt: skip
_ITEM_OF = {
    normalise_header(word): item
    for spellings in (ITEM_SPELLINGS, PLAN_SPELLINGS)
    for item, words in spellings.items()
    for word in words
}
_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_YEAR = re.compile(r"^(19|20)\d\d$")


def item_of(text: str) -> str | None:
    """The balance item a cell names (any listed spelling), or None."""
    return _ITEM_OF.get(normalise_header(text))


@dataclass(frozen=True)
class Spec:
    """One of the three kinds: its fields, the columns it needs and how a row is read."""

    name: str
    needed: tuple[str, ...]
    read: Callable[[SheetRow], dict[str, object]]
    columns: list[str]
    versioned: Versioned


def _year(row: SheetRow) -> int:
    value = row.amount("year")
    if value is None or not value.is_integer() or not 1990 <= value <= 2100:
        raise ImportRejected(
            t("import.finance.bad_year", where=row.where("year"), value=row.text("year"))
        )
    return int(value)


def _required(row: SheetRow, field: str) -> float:
    value = row.amount(field, percent=field == "rate")
    if value is None:
        raise ImportRejected(t("import.finance.missing", where=row.where(field)))
    return value


def _date(row: SheetRow, field: str) -> dt.date | None:
    cell = row.get(field)
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    text = row.text(field)
    if not text:
        return None
    if text.endswith(".0"):
        text = text[:-2]
    match = _DATE.match(text)
    try:
        if match:
            return dt.date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        if _YEAR.match(text):
            return dt.date(int(text), 12, 31)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ImportRejected(
            t("import.finance.bad_date", where=row.where(field), value=text)
        ) from None


def _cells(
    row: SheetRow, readers: dict[str, Callable[[], object]], errors: list[str]
) -> dict[str, object]:
    """Each reader's value by column; every refusal (with the ones in `errors`) at once."""
    values: dict[str, object] = {}
    for column, read in readers.items():
        try:
            values[column] = read()
        except ImportRejected as error:
            errors.append(str(error))
    if errors:
        raise ImportRejected("\n".join(errors))
    return values


def _balance_row(row: SheetRow) -> dict[str, object]:
    item = item_of(row.text("balance_item"))
    errors = []
    if item is None:
        errors.append(
            t(
                "import.finance.bad_item",
                where=row.where("balance_item"),
                value=row.text("balance_item"),
                items=", ".join((*ITEMS, *PLAN_ITEMS)),
            )
        )
    readers: dict[str, Callable[[], object]] = {
        "year": lambda: _year(row),
        "item": lambda: item,
        "amount": lambda: _required(row, "balance_amount"),
    }
    return _cells(row, readers, errors)


def _loan_row(row: SheetRow) -> dict[str, object]:
    loan = row.text("loan")
    errors = [] if loan else [t("import.finance.missing", where=row.where("loan"))]
    readers: dict[str, Callable[[], object]] = {
        "loan": lambda: loan,
        "lender": lambda: row.text("lender"),
        "balance": lambda: _required(row, "loan_balance"),
        "rate_pct": lambda: _rate(row),
        "fixed_until": lambda: _date(row, "fixed_until"),
        "maturity": lambda: _date(row, "maturity"),
    }
    return _cells(row, readers, errors)


def _rate(row: SheetRow) -> float:
    rate = _required(row, "rate")
    if rate > 30:
        raise ImportRejected(t("import.finance.bad_rate", where=row.where("rate"), value=rate))
    return rate


def _coverage_row(row: SheetRow) -> dict[str, object]:
    readers: dict[str, Callable[[], object]] = {
        "year": lambda: _year(row),
        "amount": lambda: _required(row, "balance_amount"),
    }
    return _cells(row, readers, [])


SPECS = {
    "balance": Spec(
        "balance", ("year", "balance_item", "balance_amount"), _balance_row, ITEM_COLUMNS,
        FINANCE_ITEMS,
    ),
    "loans": Spec(
        "loans", ("loan", "loan_balance", "rate"), _loan_row, LOAN_COLUMNS, LOANS
    ),
    "coverage": Spec(
        "coverage", ("year", "balance_amount"), _coverage_row, COVERAGE_COLUMNS, COVERAGE_PLAN
    ),
}  # fmt: skip


def _recogniser(spec: Spec) -> Callable[[Source], int]:
    def recognise(source: Source) -> int:
        """Sure of a sheet with every column the kind needs."""
        return sure_score(
            source.tables,
            spec.name,
            lambda layout: all(layout.column(field) is not None for field in spec.needed),
        )

    return recognise


def _preparer(spec: Spec) -> Callable[[Store, Access, Source, ImportOptions], PreparedImport]:
    def prepare(
        store: Store, access: Access, source: Source, options: ImportOptions
    ) -> PreparedImport:
        """The file's rows, checked (every bad cell named at once), and what they replace."""
        table = choose_table(source.tables, source.file_name, spec.name, spec.needed)
        layout = recognise_layout(table, vocabulary=spec.name)
        require_columns(layout, {field: (field,) for field in spec.needed})
        rows = [row for row in data_rows(table, layout) if any(str(c).strip() for c in row.cells)]
        read = pd.DataFrame(each_checked(rows, spec.read), columns=spec.columns)
        if read.empty:
            raise ImportRejected(
                t("import.rows.empty", where=layout.place(layout.header_row_number))
            )
        _refuse_doubles(spec, read, layout.place(layout.header_row_number))
        current = _current(store, spec.name)
        preview = Preview(
            file_name=source.file_name,
            sha256=source.sha256,
            sheet=layout.sheet,
            kind=spec.name,
            form="rows",
            row_count=len(read),
            coverage=RegisterCoverage(spec.name, len(read)),
            facts=(
                (t("import.page.kind_label"), t(f"import.kind.{spec.name}")),
                (t("import.preview.rows"), str(len(read))),
                (t("import.preview.replaced_count"), str(len(current))),
            ),
            stored=shown(spec.name, read),
            replaced=shown(spec.name, current),
            replaces=replaced_uploads_of(store, spec.versioned),
            columns=tuple(describe_roles(layout)),
            layout_digest=layout.digest,
        )
        return PreparedImport(spec.name, preview, read)

    return prepare


def _refuse_doubles(spec: Spec, rows: pd.DataFrame, where: str) -> None:
    keys = {"balance": ["year", "item"], "loans": ["loan"], "coverage": ["year"]}[spec.name]
    doubles = rows[rows.duplicated(keys, keep=False)]
    if len(doubles):
        listed = ", ".join(sorted({" ".join(str(v) for v in key) for key in doubles[keys].values}))
        raise ImportRejected(t("import.finance.doubles", where=where, keys=listed))


def _current(store: Store, name: str) -> pd.DataFrame:
    if name == "balance":
        return read_items(store)
    if name == "loans":
        return read_loans(store)
    plan = read_coverage_plan(store)
    return pd.DataFrame({"year": list(plan), "amount": list(plan.values())})


def shown(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """The rows under Norwegian headers, amounts as `1 234 kr`, for the preview."""
    formats: dict[str, Callable[[object], str]] = {
        "year": str,
        "item": str,
        "amount": lambda v: format_nok(float(str(v))),
        "balance": lambda v: format_nok(float(str(v))),
        "loan": str,
        "lender": str,
        "rate_pct": lambda v: format_pct(float(str(v)), 2),
        "fixed_until": lambda v: format_date(v) if isinstance(v, dt.date) else "–",
        "maturity": lambda v: format_date(v) if isinstance(v, dt.date) else "–",
    }
    columns = SPECS[name].columns
    return pd.DataFrame(
        {t(f"import.finance.col.{c}"): [formats[c](v) for v in frame[c]] for c in columns}
    )


def _committer(
    spec: Spec,
) -> Callable[[Store, Access, PreparedImport], tuple[int, tuple[int, ...]]]:
    store_rows = {
        "balance": store_items_upload,
        "loans": store_loans_upload,
        "coverage": store_coverage_upload,
    }[spec.name]

    def commit(
        store: Store, access: Access, prepared: PreparedImport
    ) -> tuple[int, tuple[int, ...]]:
        """Stores the rows, replacing what they replace (see the module docstring)."""
        return store_rows(store, new_upload(prepared, access), prepared.payload_as(pd.DataFrame))

    return commit


def _kind(name: str) -> ImportKind:
    spec = SPECS[name]
    return ImportKind(
        name,
        ADMINISTRATION,
        _recogniser(spec),
        _preparer(spec),
        _committer(spec),
        reader_of(name),
        tables=(spec.versioned,),
        whole=name != "balance",
    )


BALANCE_KIND = _kind("balance")
LOANS_KIND = _kind("loans")
COVERAGE_KIND = _kind("coverage")
