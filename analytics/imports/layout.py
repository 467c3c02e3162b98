"""Recognising the layout of a sheet: where the header is, what each column holds, which form.

Every kind of file is read with the one header engine of `headers`, in its own vocabulary.
Ledger forms: `long` (one row per line and period, a period column), `wide_month` (one amount column
per month: "jan", "Periode 1", "01", "Regnskap mars"), `annual` (no period: an annual budget,
or one column per kind and year such as "rekneskap_2011" and "Budsjett 2024"). A column the
vocabulary does not know may be mapped by hand; the mapping is kept per layout digest.
Ambiguities (two columns for one field, a period column beside month columns) are refused.
The other vocabularies have one form, `rows`: a row per record.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from analytics.core.errors import ImportRejected
from analytics.core.texts import t
from analytics.imports.headers import (
    LEDGER,
    ColumnRole,
    classify_header,
    known_header_words,
    mappable_fields,
)
from analytics.imports.reader import (
    HeaderNotFound,
    RawTable,
    describe_place,
    find_header_row,
    normalise_header,
)

_TITLE_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d\d)(?![\d.])")
_DATE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")
_MIN_MONTH_RUN = 3
SURE = 10  # a recognition score from which a kind is sure the file is its own
# A Kommunekompasset report may have a single known header ("Fokusområde") above its columns.
_MIN_HEADER_WORDS = {"kompass": 1}


@dataclass(frozen=True)
class Layout:
    """What was recognised in one sheet. Column indexes are 0-based."""

    file_name: str
    sheet: str
    header_index: int
    headers: tuple[str, ...]
    roles: tuple[ColumnRole | None, ...]
    digest: str
    form: str
    title: tuple[str, ...]
    vocabulary: str = LEDGER

    @property
    def header_row_number(self) -> int:
        return self.header_index + 1

    def columns(self, field: str) -> list[int]:
        return [i for i, role in enumerate(self.roles) if role is not None and role.field == field]

    def column(self, field: str) -> int | None:
        found = self.columns(field)
        return found[0] if found else None

    def amount_columns(self) -> list[int]:
        return [i for i, role in enumerate(self.roles) if role is not None and role.is_amount]

    def unrecognised(self) -> list[int]:
        return [i for i, role in enumerate(self.roles) if role is None and self.headers[i]]

    def place(self, row: int | None = None, column: int | None = None) -> str:
        """The message prefix for this sheet, or a row, or a cell of it (1-based row)."""
        header = self.headers[column] if column is not None else ""
        return describe_place(self.file_name, self.sheet, row, column, header)


def header_text(cell: object) -> str:
    """A header cell as text: 7.0 → "7", a date → "2024-03"."""
    if isinstance(cell, dt.date):
        return f"{cell.year}-{cell.month:02d}"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def layout_digest(headers: Sequence[str]) -> str:
    """A fingerprint of a header row: the same export layout gives the same digest."""
    joined = "|".join(normalise_header(header) for header in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:32]


def header_index(table: RawTable, vocabulary: str = LEDGER) -> int | None:
    """The 0-based index of the sheet's header row in this vocabulary; None without one."""
    try:
        return find_header_row(
            table.rows, known_header_words(vocabulary), _MIN_HEADER_WORDS.get(vocabulary, 2)
        )
    except HeaderNotFound:
        return None


def peek_digest(table: RawTable, vocabulary: str = LEDGER) -> str:
    """The layout digest of a sheet's header row ('' when it has none): the key of a mapping
    saved by hand for this layout."""
    index = header_index(table, vocabulary)
    if index is None:
        return ""
    return layout_digest(_trim([header_text(cell) for cell in table.rows[index]]))


def has_header(table: RawTable, vocabulary: str = LEDGER) -> bool:
    """True when the sheet has a row of known column names."""
    return header_index(table, vocabulary) is not None


def choose_table(
    tables: Sequence[RawTable],
    file_name: str,
    vocabulary: str = LEDGER,
    required: Sequence[str] = (),
) -> RawTable:
    """The one sheet with a header of known column names (naming every `required` field, where
    any sheet does); several such sheets are ambiguous and refused."""
    found = [table for table in tables if has_header(table, vocabulary)]
    complete = [table for table in found if _names_fields(table, vocabulary, required)]
    found = complete or found
    if len(found) == 1:
        return found[0]
    if not found:
        where = describe_place(file_name, tables[0].sheet)
        if vocabulary == LEDGER:
            raise ImportRejected(t("import.no_header", where=where))
        kind = t(f"import.kind.{vocabulary}")
        raise ImportRejected(t("import.rows.no_header", where=where, kind=kind))
    sheets = ", ".join(f"«{table.sheet}»" for table in found)
    raise ImportRejected(t("import.several_sheets", where=describe_place(file_name), sheets=sheets))


def _names_fields(table: RawTable, vocabulary: str, required: Sequence[str]) -> bool:
    if not required:
        return False
    index = header_index(table, vocabulary)
    if index is None:
        return False
    roles = [classify_header(cell, vocabulary) for cell in table.rows[index]]
    return set(required) <= {role.field for role in roles if role is not None}


def recognise_layout(
    table: RawTable, mapping: Mapping[str, str] | None = None, vocabulary: str = LEDGER
) -> Layout:
    """The header row, the role of each column and the form of the sheet, in a vocabulary.

    `mapping` (normalised header → field) holds columns mapped by hand. Raises ImportRejected
    for no header, a column named twice, or a mixture of forms that cannot be read for sure.
    """
    index = header_index(table, vocabulary)
    if index is None:
        where = describe_place(table.file_name, table.sheet)
        raise ImportRejected(t("import.no_header", where=where))
    cells = table.rows[index]
    headers = _trim([header_text(cell) for cell in cells])
    roles = [classify_header(cell, vocabulary) for cell in cells[: len(headers)]]
    roles = _drop_lonely_numbers(_apply_mapping(headers, roles, mapping or {}, vocabulary))
    title = _title_texts(table.rows[:index])
    layout = Layout(
        table.file_name,
        table.sheet,
        index,
        tuple(headers),
        tuple(roles),
        layout_digest(headers),
        "",
        title,
        vocabulary,
    )
    _refuse_doubles(layout)
    if vocabulary != LEDGER:
        return dataclasses.replace(layout, form="rows")
    return _with_form(layout)


def readable_layouts(
    tables: Sequence[RawTable], vocabulary: str = LEDGER
) -> list[tuple[RawTable, Layout]]:
    """The sheets that have a header in this vocabulary, each with its layout (sheets that
    cannot be read for sure left out): what recognising a file's kind looks at."""
    found = []
    for table in tables:
        try:
            found.append((table, recognise_layout(table, vocabulary=vocabulary)))
        except ImportRejected:
            continue
    return found


def sure_score(tables: Sequence[RawTable], vocabulary: str, fits: Callable[[Layout], bool]) -> int:
    """SURE plus the number of known columns, for the first sheet whose layout `fits` the
    kind; 0 when none does."""
    for _, layout in readable_layouts(tables, vocabulary):
        if fits(layout):
            return SURE + sum(role is not None for role in layout.roles)
    return 0


def _trim(headers: list[str]) -> list[str]:
    end = len(headers)
    while end and not headers[end - 1]:
        end -= 1
    return headers[:end]


def _apply_mapping(
    headers: Sequence[str],
    roles: list[ColumnRole | None],
    mapping: Mapping[str, str],
    vocabulary: str,
) -> list[ColumnRole | None]:
    result = list(roles)
    allowed = mappable_fields(vocabulary)
    for index, header in enumerate(headers):
        field = mapping.get(normalise_header(header))
        if field in allowed:
            known = roles[index]
            year = known.year if known else None
            month = known.month if known else None
            ledger = known.ledger if known else None
            result[index] = ColumnRole(field, year, month, ledger=ledger)
    return result


def _drop_lonely_numbers(roles: list[ColumnRole | None]) -> list[ColumnRole | None]:
    """A header "01" is a month only among at least three such headers."""
    bare = sum(1 for role in roles if role is not None and role.bare_number)
    if bare >= _MIN_MONTH_RUN:
        return roles
    return [None if role is not None and role.bare_number else role for role in roles]


def _title_texts(rows: Sequence[Sequence[object]]) -> tuple[str, ...]:
    return tuple(
        str(cell).strip() for row in rows for cell in row if isinstance(cell, str) and cell.strip()
    )


def _refuse_doubles(layout: Layout) -> None:
    keys = Counter(
        (role.field, role.year, role.month, role.percent, role.ledger)
        for role in layout.roles
        if role is not None and role.field != "ignored"
    )
    for key, count in keys.items():
        if count > 1:
            indexes = [
                i
                for i, role in enumerate(layout.roles)
                if role is not None
                and (role.field, role.year, role.month, role.percent, role.ledger) == key
            ]
            names = ", ".join(f"«{layout.headers[i]}»" for i in indexes)
            raise ImportRejected(
                t(
                    "import.double_column",
                    where=layout.place(layout.header_row_number),
                    columns=names,
                )
            )


def _with_form(layout: Layout) -> Layout:
    amounts = [layout.roles[i] for i in layout.amount_columns()]
    by_month = any(role is not None and role.month is not None for role in amounts)
    has_period = layout.column("period") is not None
    if by_month and has_period:
        raise ImportRejected(
            t("import.period_and_months", where=layout.place(layout.header_row_number))
        )
    if by_month and not all(role is not None and role.month is not None for role in amounts):
        raise ImportRejected(
            t("import.mixed_month_columns", where=layout.place(layout.header_row_number))
        )
    form = "wide_month" if by_month else "long" if has_period else "annual"
    return dataclasses.replace(layout, form=form)


def title_year(layout: Layout) -> int | None:
    """The one year the title block or sheet name names (dates left out); None if none or many."""
    texts = [_DATE.sub(" ", text) for text in (*layout.title, layout.sheet)]
    years = {int(match) for text in texts for match in _TITLE_YEAR.findall(text)}
    return years.pop() if len(years) == 1 else None


def title_kind(layout: Layout) -> str | None:
    """budget or accounts when the title block or sheet name says only one of them."""
    words = set(normalise_header(" ".join((*layout.title, layout.sheet))).split(" "))
    accounts = bool(words & {"regnskap", "rekneskap", "regnskapsrapport", "rekneskapsrapport"})
    budget = bool(words & {"budsjett", "årsbudsjett", "budsjettrapport"})
    if accounts == budget:
        return None
    return "accounts" if accounts else "budget"


def describe_roles(layout: Layout) -> list[tuple[str, str]]:
    """(header, field) for every column, '' as field for an unrecognised one (for previews)."""
    return [
        (header, role.field if role is not None else "")
        for header, role in zip(layout.headers, layout.roles, strict=False)
        if header
    ]
