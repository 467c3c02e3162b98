"""Turning a recognised sheet into budget and accounts lines, checking every cell on the way.

The result is one frame of lines (columns `LINE_COLUMNS`): the spreadsheet row, kind (budget or
accounts), budget kind (original or revised), whether the amount is cumulative ("hittil i år"),
year, period (1–13; for budgets the month, or NA for an annual budget), the codes as text and
the amount in NOK (expenses positive, as the export has it). Sum rows and rows with blank codes
are skipped and counted. Bad cells are collected and refused together, each one named.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from pathlib import PurePath
from typing import cast

import numpy as np
import pandas as pd

from analytics.core.errors import ImportRejected
from analytics.core.numbers import AmountNotNumeric, normalise_code, parse_amount
from analytics.core.texts import t
from analytics.imports.headers import FIELDS
from analytics.imports.layout import Layout, title_kind, title_year
from analytics.imports.periods import parse_period
from analytics.imports.reader import Cell, RawTable, display_cell
from analytics.imports.rows import MAX_LISTED_ERRORS, CellErrors, is_sum_label

LINE_COLUMNS = [
    "row",
    "kind",
    "budget_kind",
    "cumulative",
    "year",
    "period",
    "ansvar",
    "art",
    "tjeneste",
    "prosjekt",
    "amount",
]
CODE_FIELDS = ("ansvar", "art", "tjeneste", "prosjekt")
ANNUAL_ACCOUNTS_PERIOD = 12  # an annual accounts figure is stored on December
_FILE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_KIND_OF_FIELD = {
    "accounts": ("accounts", "", False),
    "accounts_cumulative": ("accounts", "", True),
    "budget": ("budget", "original", False),
    "budget_revised": ("budget", "revised", False),
}


@dataclass(frozen=True)
class AmountSource:
    """One amount column and what its numbers are."""

    column: int
    kind: str  # budget or accounts
    budget_kind: str  # original or revised for budgets, '' for accounts
    cumulative: bool
    year: int | None  # named in the header
    month: int | None  # named in the header (wide by month)


@dataclass(frozen=True)
class ExtractedLines:
    """The lines of a sheet, how many rows were skipped as sum rows, and where the year came from."""

    lines: pd.DataFrame
    sum_rows: int
    year_source: str  # column, header, title, option, file_name


def amount_sources(layout: Layout, kind_option: str) -> list[AmountSource]:
    """What each amount column holds; refuses columns whose kind cannot be known for sure."""
    sources = []
    for index in layout.amount_columns():
        role = layout.roles[index]
        assert role is not None
        kind, budget_kind, cumulative = _kind_of(layout, index, role.field, kind_option)
        sources.append(AmountSource(index, kind, budget_kind, cumulative, role.year, role.month))
    if not sources:
        raise ImportRejected(
            t("import.no_amount_column", where=layout.place(), columns=_listed(layout))
        )
    return sources


def _kind_of(layout: Layout, index: int, field: str, kind_option: str) -> tuple[str, str, bool]:
    place = layout.place(layout.header_row_number, index)
    if field == "amount":
        kind = kind_option if kind_option in ("budget", "accounts") else title_kind(layout)
        if kind is None:
            raise ImportRejected(t("import.unknown_kind", where=place))
        return kind, "original" if kind == "budget" else "", False
    kind, budget_kind, cumulative = _KIND_OF_FIELD[field]
    if kind_option in ("budget", "accounts") and kind != kind_option:
        raise ImportRejected(
            t("import.kind_mismatch", where=place, kind=t(f"import.kind.{kind_option}"))
        )
    return kind, budget_kind, cumulative


def _listed(layout: Layout) -> str:
    unknown = [f"«{layout.headers[i]}»" for i in layout.unrecognised()]
    return ", ".join(unknown) or "–"


def require_fields(layout: Layout, kinds: Sequence[str]) -> None:
    """Refuses a sheet that lacks a column required for these kinds, naming what is there."""
    missing = [
        t(f"import.field.{field.name}")
        for field in FIELDS
        if set(field.required_for) & set(kinds) and layout.column(field.name) is None
    ]
    if missing:
        raise ImportRejected(
            t(
                "import.missing_columns",
                where=layout.place(layout.header_row_number),
                missing=", ".join(missing),
                columns=_listed(layout),
            )
        )


def extract_lines(
    table: RawTable,
    layout: Layout,
    sources: Sequence[AmountSource],
    year_option: int | None,
) -> ExtractedLines:
    """The lines of the sheet (see the module docstring); refuses bad cells, naming each.

    Works column by column, converting each distinct cell value once: a ledger of a million
    lines has a few hundred distinct codes and thirteen periods.
    """
    body = _Body(table.rows[layout.header_index + 1 :])
    first_row = table.row_number(layout.header_index + 1)
    errors = CellErrors()
    codes = {field: _codes(body, layout.column(field)) for field in CODE_FIELDS}
    keep = _rows_to_keep(body, layout, codes)
    kept = np.flatnonzero(keep)
    skipped = [body.rows[int(i)] for i in np.flatnonzero(~keep)]
    sum_rows = len([row for row in skipped if any(cell != "" for cell in row)])
    place = _Place(layout, first_row, kept, errors)
    row_years, row_periods = _years_and_periods(body, layout, place)
    year, year_source = _fallback_year(layout, sources, year_option, row_years)
    base = pd.DataFrame(
        {
            "row": kept + first_row,
            **{field: codes[field].take(kept) for field in CODE_FIELDS},  # one take per column
            "year": row_years if row_years is not None else np.full(len(kept), year, dtype=object),
            "period": row_periods if row_periods is not None else np.full(len(kept), None),
        }
    )
    from_rows = row_years is not None
    pieces = [_piece(base, body, place, source, from_rows) for source in sources]
    errors.raise_if_any()
    lines = pd.concat(pieces, ignore_index=True) if len(pieces) > 1 else pieces[0]
    _check_years(lines, layout, errors)
    _check_budget_months(lines, layout, errors)
    errors.raise_if_any()
    return ExtractedLines(_typed(lines), sum_rows, year_source)


@dataclass(frozen=True)
class _Distinct:
    """A column as the index of each row's value among the column's distinct values."""

    indexes: np.ndarray
    values: list[Cell]

    def rows_with(self, chosen: Sequence[int]) -> np.ndarray:
        """A mask of the rows whose value is one of the chosen distinct values."""
        if not chosen:
            return np.zeros(len(self.indexes), dtype=bool)
        return np.isin(self.indexes, np.asarray(chosen))


class _Body:
    """The rows under the header, read column by column (each column extracted once)."""

    def __init__(self, rows: Sequence[Sequence[Cell]]) -> None:
        self.rows = rows
        self._columns: dict[int, list[Cell]] = {}
        self._distinct: dict[int, _Distinct] = {}

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, index: int) -> list[Cell]:
        """The cells of one column; RawTable rows all have the same width."""
        if index not in self._columns:
            self._columns[index] = list(map(itemgetter(index), self.rows))
        return self._columns[index]

    def distinct(self, index: int) -> _Distinct:
        """The column factorised: few distinct codes, periods and years in many rows."""
        if index not in self._distinct:
            lookup: dict[Cell, int] = {}
            add = lookup.setdefault
            indexes = [add(row[index], len(lookup)) for row in self.rows]
            self._distinct[index] = _Distinct(np.array(indexes, dtype=np.int64), list(lookup))
        return self._distinct[index]


@dataclass(frozen=True)
class _Place:
    """Which sheet rows were kept, to name a bad cell by its row."""

    layout: Layout
    first_row: int
    kept: np.ndarray
    errors: CellErrors

    def report(self, distinct: _Distinct, refused: dict[int, str], column: int) -> None:
        """Adds an error for each kept row whose cell holds a refused value."""
        if not refused:
            return
        bad = self.kept[distinct.rows_with(list(refused))[self.kept]]
        for index in bad[:MAX_LISTED_ERRORS]:
            where = self.layout.place(self.first_row + int(index), column)
            problem = refused[int(distinct.indexes[index])]
            self.errors.add(t("import.bad_cell", where=where, problem=problem))
        self.errors.count += max(0, len(bad) - MAX_LISTED_ERRORS)


def _convert(
    distinct: _Distinct, convert: Callable[[Cell], object]
) -> tuple[list[object], dict[int, str]]:
    """`convert` of each distinct value; refused values become None, their reasons kept."""
    converted: list[object] = []
    refused: dict[int, str] = {}
    for position, value in enumerate(distinct.values):
        try:
            converted.append(convert(value))
        except ValueError as error:
            converted.append(None)
            refused[position] = str(error)
    return converted, refused


def code_of(value: Cell) -> str:
    """A code cell as text: numbers without '.0', the code of "1200 Kárášjoga skuvla"."""
    code = normalise_code(value)
    first, _, _ = code.partition(" ")
    return first if any(character.isdigit() for character in first) else code


@dataclass(frozen=True)
class _Codes:
    """A code column: its distinct codes and, per row, which one."""

    codes: pd.api.extensions.ExtensionArray
    indexes: np.ndarray | None  # None: the column is missing, every code is ''

    def blank(self, rows: int) -> np.ndarray:
        """A mask of the rows whose code is ''."""
        if self.indexes is None:
            return np.ones(rows, dtype=bool)
        empty = np.flatnonzero(np.asarray(self.codes == "", dtype=bool))
        return np.isin(self.indexes, empty)

    def take(self, rows: np.ndarray) -> pd.api.extensions.ExtensionArray:
        if self.indexes is None:
            return pd.array([""] * len(rows), dtype="str")
        return self.codes.take(self.indexes[rows])


def _codes(body: _Body, index: int | None) -> _Codes:
    """The codes of a column, each distinct cell converted once."""
    if index is None:
        return _Codes(pd.array([""], dtype="str"), None)
    distinct = body.distinct(index)
    converted, _ = _convert(distinct, code_of)
    return _Codes(pd.array(cast(list[str], converted), dtype="str"), distinct.indexes)


def _rows_to_keep(body: _Body, layout: Layout, codes: dict[str, _Codes]) -> np.ndarray:
    """False for sum rows ("Sum", "Totalt" in a code or name column) and rows with blank codes."""
    keep = ~codes["ansvar"].blank(len(body))
    if layout.column("art") is not None:
        keep &= ~codes["art"].blank(len(body))
    for index, role in enumerate(layout.roles):
        if role is None or role.field.removesuffix("_name") not in CODE_FIELDS:
            continue
        distinct = body.distinct(index)
        flagged = [i for i, value in enumerate(distinct.values) if is_sum_label(value)]
        keep &= ~distinct.rows_with(flagged)
    return keep


def _years_and_periods(
    body: _Body, layout: Layout, place: _Place
) -> tuple[np.ndarray | None, np.ndarray | None]:
    """Per-row years (from a year column or YYYYMM periods) and periods, if the sheet has them."""
    year_column, period_column = layout.column("year"), layout.column("period")
    years: np.ndarray | None = None
    periods: np.ndarray | None = None
    if year_column is not None:
        distinct = body.distinct(year_column)
        converted, refused = _convert(distinct, parse_year)
        place.report(distinct, refused, year_column)
        years = _object_array(converted)[distinct.indexes[place.kept]]
    if period_column is not None:
        distinct = body.distinct(period_column)
        pairs, refused = _convert(distinct, ledger_period)
        place.report(distinct, refused, period_column)
        chosen = distinct.indexes[place.kept]
        periods = _object_array([p[1] if p else None for p in pairs])[chosen]  # type: ignore[index]
        if years is None and any(p and p[0] for p in pairs):  # type: ignore[index]
            years = _object_array([p[0] if p else None for p in pairs])[chosen]  # type: ignore[index]
    return years, periods


def _object_array(values: Sequence[object]) -> np.ndarray:
    """Whole numbers as an int64 array; with a missing (refused) value, an object array."""
    if all(isinstance(value, int) for value in values):
        return np.array(values, dtype=np.int64)
    array = np.empty(len(values), dtype=object)
    array[:] = values
    return array


def parse_year(value: Cell) -> int:
    """A year cell (2024, 2024.0, '2024') as 1990–2100; raises ValueError with a Norwegian reason."""
    number = _whole_number(value)
    if number is None or not 1990 <= number <= 2100:
        raise ValueError(t("import.not_a_year", value=display_cell(value)))
    return number


def ledger_period(value: Cell) -> tuple[int | None, int]:
    """A period cell as (year or None, period 1–13): 5, '05', 'mai', 202405, '2024-05', '05.2024'.

    Raises ValueError with a Norwegian reason for anything else (a quarter included).
    """
    period = parse_period(value)
    if period is None or period.month is None:
        raise ValueError(t("import.bad_period", value=display_cell(value)))
    return period.year, period.month


def _whole_number(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _fallback_year(
    layout: Layout,
    sources: Sequence[AmountSource],
    year_option: int | None,
    row_years: np.ndarray | None,
) -> tuple[int | None, str]:
    """The year for lines without one of their own, and where it came from."""
    if row_years is not None:
        return None, "column"
    if all(source.year is not None for source in sources):
        return None, "header"
    found = title_year(layout)
    if found is not None:
        return found, "title"
    if year_option is not None:
        return year_option, "option"
    from_name = {int(y) for y in _FILE_YEAR.findall(PurePath(layout.file_name).stem)}
    if len(from_name) == 1:
        return from_name.pop(), "file_name"
    raise ImportRejected(t("import.no_year", where=layout.place()))


def _piece(
    base: pd.DataFrame,
    body: _Body,
    place: _Place,
    source: AmountSource,
    year_from_rows: bool,
) -> pd.DataFrame:
    """The lines of one amount column (empty cells left out)."""
    column = body.column(source.column)
    cells = column if len(place.kept) == len(column) else [column[i] for i in place.kept]
    amounts = _amounts(cells, place, source.column)
    piece = base.assign(
        kind=source.kind,
        budget_kind=source.budget_kind,
        cumulative=source.cumulative,
        amount=np.array(amounts, dtype="float64"),
    )
    if source.year is not None and not year_from_rows:
        piece = piece.assign(year=source.year)
    if source.month is not None:
        piece = piece.assign(period=source.month)
    elif place.layout.form == "annual":
        piece = piece.assign(period=ANNUAL_ACCOUNTS_PERIOD if source.kind == "accounts" else None)
    blank = piece["amount"].isna()
    return piece[~blank] if blank.any() else piece


def _amounts(cells: list[Cell], place: _Place, column: int) -> list[float | None]:
    """The amounts of the kept cells of one column; text that is no number is reported."""
    try:
        return [value if type(value) is float else parse_amount(value) for value in cells]
    except AmountNotNumeric:
        pass
    result: list[float | None] = []
    for value, index in zip(cells, place.kept, strict=True):
        try:
            result.append(parse_amount(value))
        except AmountNotNumeric:
            where = place.layout.place(place.first_row + int(index), column)
            place.errors.add(t("import.not_a_number", where=where, value=display_cell(value)))
            result.append(None)
    return result


def _check_years(lines: pd.DataFrame, layout: Layout, errors: CellErrors) -> None:
    missing = lines[lines["year"].isna()]
    for row in missing["row"].head(MAX_LISTED_ERRORS):
        errors.add(t("import.row_without_year", where=layout.place(int(row))))


def _check_budget_months(lines: pd.DataFrame, layout: Layout, errors: CellErrors) -> None:
    bad = lines[(lines["kind"] == "budget") & (lines["period"] == 13)]
    column = layout.column("period")
    for row in bad["row"].head(MAX_LISTED_ERRORS):
        errors.add(t("import.budget_period_13", where=layout.place(int(row), column)))


def _typed(lines: pd.DataFrame) -> pd.DataFrame:
    return lines.assign(
        row=lines["row"].astype("int64"),
        year=lines["year"].astype("int64"),
        period=lines["period"].astype("Int64"),
        amount=lines["amount"].astype("float64"),
        cumulative=lines["cumulative"].astype(bool),
    )[LINE_COLUMNS].reset_index(drop=True)
