"""The rows of a recognised sheet, read cell by field, and the problems found in them.

The register-like kinds (sick leave, Kommunekompasset, risks, milestones, the organisation)
read a sheet row by row: `data_rows` gives the non-blank rows under the header, and a row's
cell is asked for by field (`row.get("week")`). A problem names the cell (`row.where(field)`);
`CellErrors` collects them, so one refusal lists all of a file's problems at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from analytics.core.errors import ImportRejected
from analytics.core.numbers import AmountNotNumeric, normalise_code, parse_number
from analytics.core.texts import t
from analytics.imports.layout import Layout
from analytics.imports.reader import Cell, RawTable, display_cell, normalise_header

MAX_LISTED_ERRORS = 15
SUM_WORDS = ("sum", "total", "totalt", "i alt", "samla", "samlet", "hele kommunen")
Item = TypeVar("Item")
Result = TypeVar("Result")


class CellErrors:
    """Bad cells, collected so that one refusal lists them all (the first ones, then a count)."""

    def __init__(self) -> None:
        self.messages: list[str] = []
        self.count = 0

    def add(self, message: str) -> None:
        self.count += 1
        if len(self.messages) < MAX_LISTED_ERRORS:
            self.messages.append(message)

    def raise_if_any(self) -> None:
        if not self.count:
            return
        listed = "\n".join(self.messages)
        more = self.count - len(self.messages)
        if more:
            listed += "\n" + t("import.more_errors", count=more)
        raise ImportRejected(listed)


def each_checked(
    items: Iterable[Item], read: Callable[[Item], Result], errors: CellErrors | None = None
) -> list[Result]:
    """`read` of every item; its refusals are collected and raised together at the end."""
    errors = errors or CellErrors()
    results = []
    for item in items:
        try:
            results.append(read(item))
        except ImportRejected as error:
            errors.add(str(error))
    errors.raise_if_any()
    return results


def is_bare_sum_label(text: str) -> bool:
    """A code cell that is only a sum label, not a code: «Sum», «Totalt», «Sum 1300» (a sum
    word alone or with a code). «Sum felles inntekter» is a name like any other."""
    words = normalise_header(text).split(" ")
    if " ".join(words) in SUM_WORDS:
        return True
    for count in (1, 2):
        if " ".join(words[:count]) in SUM_WORDS and len(words) == count + 1:
            return any(character.isdigit() for character in words[-1])
    return False


def is_sum_label(value: object) -> bool:
    """A label of a sum row: "Sum", "Sum 1300", "Totalt", "I alt", "Hele kommunen"."""
    if not isinstance(value, str):
        return False
    text = normalise_header(value)
    return any(text == word or text.startswith(word + " ") for word in SUM_WORDS)


@dataclass(frozen=True)
class SheetRow:
    """One data row of a recognised sheet: its cells, read by field."""

    layout: Layout
    table: RawTable
    index: int  # 0-based position in the table
    cells: Sequence[Cell]

    @property
    def number(self) -> int:
        """The row's 1-based number in the spreadsheet."""
        return self.table.row_number(self.index)

    def get(self, field: str) -> Cell:
        """The cell of the field's column ('' when the sheet has no such column)."""
        column = self.layout.column(field)
        return self.at(column) if column is not None else ""

    def at(self, column: int) -> Cell:
        return self.cells[column] if column < len(self.cells) else ""

    def text(self, field: str) -> str:
        """The field's cell as trimmed text."""
        return normalise_code(self.get(field))

    def where(self, field: str | None = None) -> str:
        """«Filen …, arket …, rad 12[, kolonne C («Header»)]» for messages about this row."""
        column = self.layout.column(field) if field else None
        return self.layout.place(self.number, column)

    def amount(self, field: str, percent: bool = False) -> float | None:
        """The number in the field's cell (None when empty), never negative.

        `percent`: a trailing "%" is allowed. Raises ImportRejected naming the cell otherwise.
        """
        value = self.get(field)
        try:
            number = parse_number(value, percent)
        except AmountNotNumeric:
            raise ImportRejected(
                t("import.rows.not_a_number", where=self.where(field), value=display_cell(value))
            ) from None
        if number is not None and number < 0:
            raise ImportRejected(
                t("import.rows.negative", where=self.where(field), value=display_cell(value))
            )
        return number


def data_rows(table: RawTable, layout: Layout) -> list[SheetRow]:
    """The non-blank rows under the header row."""
    rows = table.rows
    return [
        SheetRow(layout, table, index, rows[index])
        for index in range(layout.header_index + 1, len(rows))
        if any(str(cell).strip() for cell in rows[index])
    ]


def column_header(layout: Layout, field: str) -> str:
    """The header text of the field's column, as the file writes it."""
    column = layout.column(field)
    return layout.headers[column] if column is not None else field


def require_columns(layout: Layout, groups: Mapping[str, Sequence[str]]) -> None:
    """Refuses a sheet without a column for each group (one of its fields), naming them all.

    `groups` maps a label key (t("import.rows.need.<key>")) to the fields that will do.
    """
    missing = [
        t(f"import.rows.need.{key}")
        for key, fields in groups.items()
        if all(layout.column(field) is None for field in fields)
    ]
    if missing:
        raise ImportRejected(
            t(
                "import.rows.missing_columns",
                where=layout.place(layout.header_row_number),
                missing=", ".join(missing),
            )
        )
