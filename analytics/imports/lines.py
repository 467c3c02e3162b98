"""Turning a recognised sheet into budget and accounts lines, checking every cell on the way.

The result is one frame of lines (columns `LINE_COLUMNS`): the spreadsheet row, kind (budget or
accounts), budget kind (original, revised, or plan for the later years of an economic plan),
whether the amount is cumulative ("hittil i år"), year, period (1–13; for budgets the month, or
NA for an annual budget), the codes as text (`ansvar` holds the unit key: see `keys`), the
amount in NOK (expenses positive, as the export has it), the ledger (operating or investment:
see `books`) and the scope key. Sum rows are told by structure (`sums`) and skipped, as are
lines without unit; both are counted with their amounts. Bad cells are collected with the
sheet's other problems and refused together, each one named.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import cast

import numpy as np
import pandas as pd
from pandas._libs import lib as pandas_lib

from analytics.core.artgroups import LEDGERS, OPERATING, ledger_of_art
from analytics.core.numbers import (
    AmountNotNumeric,
    normalise_code,
    parse_amount,
    split_code_and_name,
)
from analytics.core.texts import t
from analytics.imports.books import PLAN, plan_years_of_rows, says_plan
from analytics.imports.keys import (
    STORE_CODE_FIELDS,
    UnitKey,
    code_columns,
    name_columns,
    unit_key,
)
from analytics.imports.layout import Layout, title_year
from analytics.imports.periods import parse_period
from analytics.imports.reader import Cell, RawTable, display_cell
from analytics.imports.rows import (
    MAX_LISTED_ERRORS,
    CellErrors,
    is_bare_sum_label,
    is_sum_label,
)
from analytics.imports.sources import AmountSource
from analytics.imports.sums import classify_rows

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
    "ledger",
    "scope_key",
]
CODE_FIELDS = STORE_CODE_FIELDS
NAME_COLUMNS = ["field", "code", "name"]
ANNUAL_ACCOUNTS_PERIOD = 12  # an annual accounts figure is stored on December
MAX_LISTED_ROWS = 5
_FILE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


@dataclass(frozen=True)
class Skipped:
    """Rows of the sheet left out of the lines, with their amounts per kind (NOK).

    `reason`: `sum_rows` (the sheet's own subtotals) or `without_unit` (a blank unit key).
    """

    reason: str
    count: int
    amounts: tuple[tuple[str, float], ...]  # (budget or accounts, sum)
    rows: tuple[int, ...]  # the first few, as spreadsheet row numbers


@dataclass(frozen=True)
class LedgerNote:
    """How many lines went to a ledger, and why (option, column, file, art_rule, default)."""

    ledger: str
    reason: str
    words: str
    lines: int


@dataclass(frozen=True)
class ExtractedLines:
    """The lines of a sheet and what the preview says of them."""

    lines: pd.DataFrame
    skipped: tuple[Skipped, ...]
    year_source: str  # column, header, title, option, file_name
    key: UnitKey | None
    names: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=NAME_COLUMNS))
    ledgers: tuple[LedgerNote, ...] = ()
    plan_years: tuple[int, ...] = ()

    @property
    def sum_rows(self) -> int:
        """The number of rows skipped as sum rows."""
        return sum(item.count for item in self.skipped if item.reason == "sum_rows")


def extract_lines(
    table: RawTable,
    layout: Layout,
    sources: Sequence[AmountSource],
    year_option: int | None,
    errors: CellErrors,
) -> ExtractedLines:
    """The lines of the sheet (see the module docstring). Refuses (with every problem already
    in `errors`) bad cells, rows without a year and budgets on period 13, each named.

    Works column by column, converting each distinct cell value once: a ledger of a million
    lines has a few hundred distinct codes and thirteen periods.
    """
    if not sources:
        errors.raise_if_any()
    body = _Body(table.rows[layout.header_index + 1 :])
    first_row = table.row_number(layout.header_index + 1)
    key = unit_key(layout)
    codes = {name: _codes(body, column, key) for name, column in code_columns(layout, key).items()}
    rows = _sort_rows(body, layout, key, codes, sources)
    place = _Place(layout, first_row, rows.considered, errors)
    amounts = [_amounts(body, place, source.column) for source in sources]
    kept, skipped = _skip_sums(rows, amounts, sources, first_row)
    place = _Place(layout, first_row, kept, errors)
    row_years, row_periods = _years_and_periods(body, layout, place)
    year, year_source = _fallback_year(layout, sources, year_option, row_years, errors)
    base = _base(kept, first_row, codes, (row_years, row_periods, year), key)
    positions = np.searchsorted(rows.considered, kept)
    counts: dict[tuple[str, str, str], int] = {}
    pieces = [
        _piece(base, place, source, amount[positions], (row_years is not None, counts))
        for source, amount in zip(sources, amounts, strict=True)
    ]
    lines = pd.concat(pieces, ignore_index=True) if len(pieces) > 1 else pieces[0]
    lines, plan_years = _with_plan_rows(lines, layout, row_years is not None)
    notes = tuple(LedgerNote(*key, lines=count) for key, count in sorted(counts.items()) if count)
    _check_years(lines, layout, errors)
    _check_budget_months(lines, layout, errors)
    errors.raise_if_any()
    return ExtractedLines(
        _typed(lines),
        skipped,
        year_source,
        key,
        _names(body, layout, key, kept),
        notes,
        plan_years,
    )


# --- reading columns --------------------------------------------------------------------------


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
    """The rows under the header, read column by column (each column factorised once)."""

    def __init__(self, rows: Sequence[Sequence[Cell]]) -> None:
        self.rows = rows
        self._cells: np.ndarray | None = None
        self._distinct: dict[int, _Distinct] = {}

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, index: int) -> np.ndarray:
        """The cells of one column, as objects (a view of the body's cells).

        The rows are copied into one two-dimensional object array the first time a column
        is asked for: one pass in C over every cell, instead of a pass in Python per column.
        RawTable rows all have the same width.
        """
        if not self.rows:
            return np.empty(0, dtype=object)
        if self._cells is None:
            self._cells = _object_matrix(self.rows)
        return self._cells[:, index]

    def distinct(self, index: int) -> _Distinct:
        """The column factorised: few distinct codes, periods and years in many rows."""
        if index not in self._distinct:
            # pandas' hash table: the first-seen order and the equality of a dict (1 == 1.0),
            # in C. A Cell is never None, and NaN is never in a sheet: a missing value (code
            # -1) only sends the column through again, where NaN is one value of its own.
            cells = self.column(index)
            codes, uniques = pd.factorize(cells)
            if len(codes) and codes.min() < 0:
                codes, uniques = pd.factorize(cells, use_na_sentinel=False)
            indexes, values = codes.astype(np.int64, copy=False), list(uniques)
            self._distinct[index] = _Distinct(indexes, values)
        return self._distinct[index]


def _object_matrix(rows: Sequence[Sequence[Cell]]) -> np.ndarray:
    """The rows as one two-dimensional object array, by pandas' own routine for a list of
    rows (what its DataFrame constructor uses: half the time of `np.array`, which looks for
    nested sequences in every cell); by `np.array` where that routine is not there."""
    if isinstance(rows, list) and _TO_OBJECT_ARRAY is not None:
        return np.asarray(_TO_OBJECT_ARRAY(rows), dtype=object)
    return np.array(rows, dtype=object)


_TO_OBJECT_ARRAY: Callable[[list[Sequence[Cell]]], np.ndarray] | None = getattr(
    pandas_lib, "to_object_array", None
)


@dataclass(frozen=True)
class _Place:
    """Which sheet rows are read (0-based body positions, ascending), to name a bad cell."""

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
    """A code cell as text: numbers without '.0', the code of "1200 Kárášjoga skuvla"; ''
    for a cell that is only a sum label ("Sum", "Sum 1300", "Totalt")."""
    code = normalise_code(value)
    first, _, _ = code.partition(" ")
    if any(character.isdigit() for character in first):
        return first
    return "" if is_bare_sum_label(code) else code


@dataclass(frozen=True)
class _Codes:
    """A code column: its distinct codes and, per row, which one."""

    codes: pd.api.extensions.ExtensionArray
    indexes: np.ndarray | None  # None: the column is missing, every code is ''
    values: list[Cell] = field(default_factory=list)  # the distinct cells behind the codes

    def blank(self, rows: int) -> np.ndarray:
        """A mask of the rows whose code is ''."""
        if self.indexes is None:
            return np.ones(rows, dtype=bool)
        empty = np.flatnonzero(np.asarray(self.codes == "", dtype=bool))
        return np.isin(self.indexes, empty)

    def take(self, rows: np.ndarray) -> pd.api.extensions.ExtensionArray:
        if self.indexes is None:
            return _repeated("", len(rows))
        return self.codes.take(self.indexes[rows])


def _codes(body: _Body, index: int | None, key: UnitKey | None) -> _Codes:
    """The codes of a column, each distinct cell converted once; a key read from its name
    column has its whole names as codes."""
    if index is None:
        return _Codes(pd.array([""], dtype="str"), None)
    distinct = body.distinct(index)
    by_name = key is not None and key.code_column is None and index == key.name_column
    converted, _ = _convert(distinct, _name_code if by_name else code_of)
    return _Codes(
        pd.array(cast(list[str], converted), dtype="str"), distinct.indexes, distinct.values
    )


# --- which rows are lines ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Rows:
    """The body rows worth reading (`considered`, ascending positions) and, over them, which
    may be totals: with a sum label and no unit key (`labelled`), or to be tried (`tried`)."""

    considered: np.ndarray
    labelled: np.ndarray
    tried: np.ndarray
    key_blank: np.ndarray


def _sort_rows(
    body: _Body,
    layout: Layout,
    key: UnitKey | None,
    codes: dict[str, _Codes],
    sources: Sequence[AmountSource],
) -> _Rows:
    """Rows with a unit key, and rows without one that carry a sum label or an amount. Rows
    that may be totals are tried: a sum label and no other code than the key, a blank key, or
    a blank art in a sheet with arts."""
    count = len(body)
    if key is None:  # refused already; read every row, so its cells are checked too
        none = np.zeros(count, dtype=bool)
        return _Rows(np.arange(count), none, none, none)
    key_blank = codes[key.stored_in].blank(count)
    label = _sum_labels(body, layout)
    others = [
        codes[name].blank(count)
        for name, column in code_columns(layout, key).items()
        if column is not None and name != key.stored_in
    ]
    only_key = np.logical_and.reduce(others) if others else np.ones(count, dtype=bool)
    art_blank = codes["art"].blank(count) if layout.column("art") is not None else ~only_key
    lonely = np.flatnonzero(key_blank & ~label)
    with_amount = [int(i) for i in lonely if _has_amount(body.rows[int(i)], sources)]
    considered_mask = ~key_blank | (key_blank & label)
    considered_mask[with_amount] = True
    considered = np.flatnonzero(considered_mask)
    blank = key_blank[considered]
    labelled = blank & label[considered]
    tried = ((label & only_key) | art_blank)[considered] | blank
    return _Rows(considered, labelled, tried & ~labelled, blank)


def _sum_labels(body: _Body, layout: Layout) -> np.ndarray:
    """A mask of the rows with a sum label ("Sum", "Totalt") in a code or name column."""
    labels = np.zeros(len(body), dtype=bool)
    for index, role in enumerate(layout.roles):
        if role is None or role.field.removesuffix("_name") not in _LABEL_FIELDS:
            continue
        distinct = body.distinct(index)
        flagged = [i for i, value in enumerate(distinct.values) if is_sum_label(value)]
        labels |= distinct.rows_with(flagged)
    return labels


_LABEL_FIELDS = frozenset({*CODE_FIELDS, "unit", "sector"})


def _has_amount(row: Sequence[Cell], sources: Sequence[AmountSource]) -> bool:
    return any(str(row[source.column]).strip() not in ("", "None") for source in sources)


def _skip_sums(
    rows: _Rows,
    amounts: list[np.ndarray],
    sources: Sequence[AmountSource],
    first_row: int,
) -> tuple[np.ndarray, tuple[Skipped, ...]]:
    """The positions of the data rows, and the sum rows and lines without unit skipped."""
    if not (rows.labelled.any() or rows.tried.any() or rows.key_blank.any()):
        return rows.considered, ()
    matrix = np.column_stack(amounts) if amounts else np.zeros((len(rows.considered), 0))
    types = classify_rows(matrix, rows.tried, rows.labelled, rows.key_blank)
    skipped = tuple(
        _skipped(reason, mask, rows.considered, matrix, sources, first_row)
        for reason, mask in (("sum_rows", types.sums), ("without_unit", types.without_unit))
        if mask.any()
    )
    return rows.considered[types.data], skipped


def _skipped(
    reason: str,
    mask: np.ndarray,
    considered: np.ndarray,
    matrix: np.ndarray,
    sources: Sequence[AmountSource],
    first_row: int,
) -> Skipped:
    by_kind: dict[str, float] = {}
    for position, source in enumerate(sources):
        total = float(np.nansum(matrix[mask, position]))
        by_kind[source.kind] = round(by_kind.get(source.kind, 0.0) + total, 2)
    positions = considered[mask]
    return Skipped(
        reason,
        int(mask.sum()),
        tuple(sorted(by_kind.items())),
        tuple(int(p) + first_row for p in positions[:MAX_LISTED_ROWS]),
    )


# --- years, periods, amounts ------------------------------------------------------------------


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
    errors: CellErrors,
) -> tuple[int | None, str]:
    """The year for lines without one of their own, and where it came from (an error, and
    year 0 meanwhile, when nothing says it)."""
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
    errors.add(t("import.no_year", where=layout.place()))
    return 0, ""


def _base(
    kept: np.ndarray,
    first_row: int,
    codes: dict[str, _Codes],
    when: tuple[np.ndarray | None, np.ndarray | None, int | None],
    key: UnitKey | None,
) -> pd.DataFrame:
    """The kept rows' codes, year and period (rows' own, else the sheet's year), the art
    rule's ledger of their art, and their scope key."""
    row_years, row_periods, year = when
    return pd.DataFrame(
        {
            "row": kept + first_row,
            **{name: codes[name].take(kept) for name in CODE_FIELDS},  # one take per column
            "year": row_years if row_years is not None else np.full(len(kept), year, dtype=object),
            "period": row_periods if row_periods is not None else np.full(len(kept), None),
            "art_ledger": _art_ledgers(codes["art"], kept),
            "scope_key": _scope_keys(codes, key, kept),
        }
    )


_RULED = (None, *LEDGERS)  # the art rule's verdict as a small code: 0 none, 1 operating, …
_RULED_LEDGER = (OPERATING, *LEDGERS)  # the ledger of each code


def _art_ledgers(arts: _Codes, kept: np.ndarray) -> np.ndarray:
    """The art rule's verdict on each kept row's art as a code of `_RULED` (0: none)."""
    ruled = np.array([_RULED.index(ledger_of_art(str(code))) for code in arts.codes], np.int8)
    if arts.indexes is None:
        return np.full(len(kept), ruled[0], dtype=np.int8)
    return ruled[arts.indexes[kept]]


def _scope_keys(
    codes: dict[str, _Codes], key: UnitKey | None, kept: np.ndarray
) -> pd.api.extensions.ExtensionArray:
    """What besides its ansvar names a kept row's unit: '' for a key stored in `ansvar`, else
    `field:code` of the key (`prosjekt:P100`)."""
    if key is None or key.stored_in == "ansvar":
        return _repeated("", len(kept))
    column = codes[key.stored_in]
    prefixed = [f"{key.field}:{code}" for code in column.codes]
    if column.indexes is None:
        return _repeated(prefixed[0], len(kept))
    return _texts(prefixed, column.indexes[kept])


def _texts(values: Sequence[str], indexes: np.ndarray) -> pd.api.extensions.ExtensionArray:
    """A text column of a few distinct values, `values[indexes]` row by row: made by Arrow
    from the distinct values, without a Python string per row."""
    return pd.array(list(values), dtype="str").take(indexes)


def _repeated(value: str, count: int) -> pd.api.extensions.ExtensionArray:
    """A text column holding one value in every row."""
    return _texts([value], np.zeros(count, dtype=np.intp))


def _amounts(body: _Body, place: _Place, column: int) -> np.ndarray:
    """The amounts (NaN for an empty cell) of the rows read; text that is no number is
    reported."""
    cells = body.column(column)
    if len(place.kept) != len(cells):
        cells = cells[place.kept]
    if pd.api.types.infer_dtype(cells, skipna=False) == "floating":
        return cells.astype(np.float64)  # number cells only (a sheet's usual case): in C
    try:
        values = [value if type(value) is float else parse_amount(value) for value in cells]
        return np.array(values, dtype="float64")
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
    return np.array(result, dtype="float64")


def _piece(
    base: pd.DataFrame,
    place: _Place,
    source: AmountSource,
    amounts: np.ndarray,
    how: tuple[bool, dict[tuple[str, str, str], int]],
) -> pd.DataFrame:
    """The lines of one amount column (empty cells left out), in their ledger: the column's
    verdict, else the art rule's, else operating. `how`: whether the rows carry their own
    year, and the count of lines per (ledger, reason, words) to add to."""
    year_from_rows, counts = how
    blank = np.isnan(amounts)
    piece = base[~blank] if blank.any() else base
    verdict = source.ledger
    if verdict.ledger is not None:
        ledger: str | pd.api.extensions.ExtensionArray = verdict.ledger
        _count(counts, (verdict.ledger, verdict.reason, verdict.words), len(piece))
    else:
        ruled = piece["art_ledger"].to_numpy()
        ledger = _texts(_RULED_LEDGER, ruled)
        for code, count in enumerate(np.bincount(ruled, minlength=len(_RULED)).tolist()):
            key = (str(_RULED_LEDGER[code]), "art_rule" if code else "default", "")
            _count(counts, key, count)
    piece = piece.assign(
        kind=source.kind,
        budget_kind=source.budget_kind,
        cumulative=source.cumulative,
        amount=amounts[~blank] if blank.any() else amounts,
        ledger=ledger,
    )
    if source.year is not None and not year_from_rows:
        piece = piece.assign(year=source.year)
    if source.month is not None:
        piece = piece.assign(period=source.month)
    elif place.layout.form == "annual":
        piece = piece.assign(period=ANNUAL_ACCOUNTS_PERIOD if source.kind == "accounts" else None)
    return piece


def _count(counts: dict[tuple[str, str, str], int], key: tuple[str, str, str], count: int) -> None:
    counts[key] = counts.get(key, 0) + count


# --- ledger, plan years, scope keys, names ------------------------------------------------------


def _with_plan_rows(
    lines: pd.DataFrame, layout: Layout, year_from_rows: bool
) -> tuple[pd.DataFrame, tuple[int, ...]]:
    """A long economic plan (a year per row): its later years as budget kind `plan`; and
    the years stored as plan figures."""
    if not year_from_rows:
        plan = lines.loc[lines["budget_kind"] == PLAN, "year"].unique()
        return lines, tuple(sorted(int(year) for year in plan))
    if not says_plan(layout):
        return lines, ()
    adopted = (lines["kind"] == "budget") & (lines["budget_kind"] == "original")
    later = plan_years_of_rows(layout, [int(y) for y in lines.loc[adopted, "year"].unique()])
    if not later:
        return lines, ()
    chosen = adopted & lines["year"].isin(later)
    return lines.assign(budget_kind=lines["budget_kind"].mask(chosen, PLAN)), later


def _names(body: _Body, layout: Layout, key: UnitKey | None, kept: np.ndarray) -> pd.DataFrame:
    """The names the file gives its codes, in the kept rows: (field, code, name), one name per
    code (the first one met)."""
    found: dict[tuple[str, str], str] = {}
    columns = code_columns(layout, key)
    for store_field, column in columns.items():
        if column is None:
            continue
        by_name = key is not None and key.code_column is None and column == key.name_column
        distinct = body.distinct(column)
        present = np.bincount(distinct.indexes[kept], minlength=len(distinct.values))
        for index in np.flatnonzero(present):
            code, name = _code_and_name(distinct.values[int(index)], by_name)
            if code and name:
                found.setdefault((store_field, code), name)
    for store_field, column in name_columns(layout, key).items():
        code_column = columns[store_field]
        if code_column is None:  # a name column exists only beside its code column
            raise RuntimeError(f"name column without code column for {store_field}")
        for code, name in _pairs(body, code_column, column, kept):
            found.setdefault((store_field, code), name)
    rows = [(store_field, code, name) for (store_field, code), name in found.items()]
    return pd.DataFrame(rows, columns=NAME_COLUMNS)


def _name_code(value: Cell) -> str:
    """A key given by its names: the whole name is the code ('' for a bare sum label)."""
    text = normalise_code(value)
    return "" if is_bare_sum_label(text) else text


def _code_and_name(value: Cell, by_name: bool) -> tuple[str, str]:
    """The code and name of a code cell ("1200 Kárášjoga skuvla"); a key read by its names
    is its own code."""
    if by_name:
        text = _name_code(value)
        return text, text
    return split_code_and_name(value)


def _pairs(
    body: _Body, code_column: int, name_column: int, kept: np.ndarray
) -> list[tuple[str, str]]:
    """The distinct (code, name) pairs of two columns over the kept rows."""
    codes, names = body.distinct(code_column), body.distinct(name_column)
    combined = codes.indexes[kept] * max(len(names.values), 1) + names.indexes[kept]
    pairs = []
    for number in np.unique(combined):
        code = code_of(codes.values[int(number) // max(len(names.values), 1)])
        name = normalise_code(names.values[int(number) % max(len(names.values), 1)])
        if code and name:
            pairs.append((code, name))
    return pairs


# --- checks -----------------------------------------------------------------------------------


def _check_years(lines: pd.DataFrame, layout: Layout, errors: CellErrors) -> None:
    absent = lines["year"].isna()
    if not absent.any():
        return
    missing = lines[absent]
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
