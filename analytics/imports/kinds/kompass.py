"""Kommunekompasset evaluations from a spreadsheet, in the three layouts the reports use.

A row per evaluation (a date or year, eight area columns, optionally a sum), a column per
evaluation (the areas down the first column, an evaluation per column headed by its date or
year, a sum row), or a row per area score (date or year, area, points). Every evaluation has
eight areas of 0–100 points; a stated sum must match. An evaluation of the same date as a
current one replaces it; undo gives the replaced one back. The programme's registers are
changed by the director, leaders and administrators.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from analytics.core.access import Access
from analytics.core.errors import ImportRejected
from analytics.core.formatting import format_date, format_number
from analytics.core.numbers import normalise_code, number_or_none
from analytics.core.texts import t
from analytics.imports.kind import (
    PROGRAMME,
    CoversNoUnits,
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
from analytics.imports.layout import SURE, Layout, describe_roles, readable_layouts
from analytics.imports.reader import RawTable, describe_place, header_words, normalise_header
from analytics.imports.rows import SheetRow, data_rows, each_checked, is_sum_label
from analytics.kompass.evaluations import (
    AREA_COUNT,
    AREA_SETS,
    MAX_AREA_SCORE,
    AreaScore,
    Evaluation,
    scores_frame,
    validate_scores,
    version_for,
)
from analytics.store import Store
from analytics.store.kompass import current_evaluations_on, store_kompass_upload
from analytics.store.uploads import KOMPASS

VOCABULARY = "kompass"
_AREA_LABEL = re.compile(r"^(?:fokusområde|område|omrade)?\s*([1-9]\d*)\s*[.:)\-–]?\s*(.*)$")
_DATE_TEXT = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_VERSION_WORDS = {"klassisk": "classic", "classic": "classic", "gammel": "classic",
                  "2020": "2020", "ny": "2020", "revidert": "2020"}  # fmt: skip
_KNOWN_AREAS = {normalise_header(name) for names in AREA_SETS.values() for name in names}
_MIN_AREA_HEADERS = 6  # a row-per-evaluation sheet names (nearly) all eight areas


@dataclass(frozen=True)
class KompassCoverage(CoversNoUnits):
    """What a Kommunekompasset upload covers: the dates of its evaluations (ISO)."""

    dates: tuple[str, ...]

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(sorted({int(date[:4]) for date in self.dates}))

    def describe(self) -> str:
        dates = ", ".join(format_date(dt.date.fromisoformat(date)) for date in self.dates)
        return t("import.coverage_kompass", count=len(self.dates), dates=dates)

    def to_json(self) -> dict[str, Any]:
        return {"dates": list(self.dates)}


def read_coverage(raw: Mapping[str, Any], upload_kind: str) -> KompassCoverage:
    return KompassCoverage(tuple(str(date) for date in json_field(raw, "dates", [])))


@dataclass(frozen=True)
class KompassEntry:
    """One evaluation as read from a file, before numbering and validation."""

    evaluated_on: dt.date
    labels: tuple[str, ...]
    scores: tuple[float | None, ...]
    stated_total: float | None
    version: str | None
    note: str
    where: str


# --- recognising -------------------------------------------------------------------------------


def recognise(source: Source) -> int:
    """Sure of a sheet with an area column, or a date or year column beside (nearly) all eight
    areas as columns."""
    return max(
        (_score_of(layout) for _, layout in readable_layouts(source.tables, VOCABULARY)), default=0
    )


def _score_of(layout: Layout) -> int:
    if layout.column("area") is not None:
        return SURE + 2
    dated = layout.column("date") is not None or layout.column("year") is not None
    return SURE + 1 if dated and len(_area_columns(layout)) >= _MIN_AREA_HEADERS else 0


def _area_columns(layout: Layout) -> list[int]:
    """The unknown header cells that look like areas ("4 Lederskap", "Effektivitet")."""
    return [index for index in layout.unrecognised() if _is_area(layout.headers[index])]


def _is_area(header: str) -> bool:
    """A numbered name ("4 Lederskap", not a bare "04") or a known area's name."""
    number, name = _area_label(header)
    return bool(name) and (number is not None or bool(header_words(name) & _KNOWN_AREAS))


# --- reading -----------------------------------------------------------------------------------


def prepare(store: Store, access: Access, source: Source, options: ImportOptions) -> PreparedImport:
    """The evaluations of the file, checked, and the current ones of the same dates."""
    table, layout = _choose(source)
    entries = _entries(table, layout)
    if not entries:
        raise ImportRejected(t("import.rows.empty", where=layout.place(layout.header_row_number)))
    evaluations = each_checked(entries, evaluation_of)
    coverage = KompassCoverage(tuple(e.evaluated_on.isoformat() for e in evaluations))
    replaced = current_evaluations_on(store, [e.evaluated_on for e in evaluations])
    preview = Preview(
        file_name=source.file_name,
        sha256=source.sha256,
        sheet=layout.sheet,
        kind="kompass",
        form=_form(layout),
        row_count=len(evaluations),
        coverage=coverage,
        facts=(
            (t("import.page.kind_label"), t("import.kind.kompass")),
            (t("import.preview.evaluations"), str(len(evaluations))),
            (t("import.preview.replaced_count"), str(len(replaced))),
        ),
        stored=_evaluations_table(evaluations),
        replaced=_replaced_table(replaced),
        replaces=replaced_ids(replaced["upload_id"]),
        columns=tuple(describe_roles(layout)),
        layout_digest=layout.digest,
    )
    return PreparedImport("kompass", preview, tuple(evaluations))


def _choose(source: Source) -> tuple[RawTable, Layout]:
    layouts = readable_layouts(source.tables, VOCABULARY)
    sure = [(table, layout) for table, layout in layouts if _score_of(layout)]
    found = sure or layouts
    if len(found) == 1:
        return found[0]
    if not found:
        where = describe_place(source.file_name, source.tables[0].sheet)
        raise ImportRejected(t("import.rows.no_header", where=where, kind=t("import.kind.kompass")))
    sheets = ", ".join(f"«{table.sheet}»" for table, _ in found)
    where = describe_place(source.file_name)
    raise ImportRejected(t("import.several_sheets", where=where, sheets=sheets))


def _form(layout: Layout) -> str:
    if layout.column("area") is not None:
        return "by_area" if layout.column("score") is not None else "by_column"
    return "by_row"


def _entries(table: RawTable, layout: Layout) -> list[KompassEntry]:
    form = _form(layout)
    if form == "by_area":
        return _entries_by_area_row(table, layout)
    if form == "by_column":
        return _entries_by_column(table, layout)
    if layout.column("date") is None and layout.column("year") is None:
        raise ImportRejected(
            t(
                "import.rows.missing_columns",
                where=layout.place(layout.header_row_number),
                missing=t("import.rows.need.date"),
            )
        )
    return _entries_by_row(table, layout)


def evaluation_of(entry: KompassEntry) -> Evaluation:
    """The entry validated (eight areas, 0–100 each, total as stated) and numbered 1–8."""
    validate_scores(
        list(zip(entry.labels, entry.scores, strict=True)), entry.stated_total, entry.where
    )
    parsed = [_area_label(label) for label in entry.labels]
    version = entry.version or _guess_version([name for _, name in parsed], entry.evaluated_on)
    defaults = AREA_SETS[version]
    areas = []
    for position, ((number, name), score) in enumerate(zip(parsed, entry.scores, strict=True)):
        if number is None:
            number = defaults.index(name) + 1 if name in defaults else position + 1
        areas.append(AreaScore(number, name or defaults[number - 1], float(score or 0.0)))
    if sorted(area.number for area in areas) != list(range(1, AREA_COUNT + 1)):
        raise ImportRejected(t("import.rows.kompass_numbers", where=entry.where))
    areas.sort(key=lambda area: area.number)
    return Evaluation(entry.evaluated_on, version, entry.note, tuple(areas))


def _area_label(label: str) -> tuple[int | None, str]:
    match = _AREA_LABEL.match(label.strip())
    if match and 1 <= int(match.group(1)) <= AREA_COUNT:
        return int(match.group(1)), match.group(2).strip()
    return None, label.strip()


def _guess_version(names: list[str], evaluated_on: dt.date) -> str:
    """The area set most of the names belong to; by date when the names do not tell."""
    hits = {
        version: sum(name in set(names) for name in areas) for version, areas in AREA_SETS.items()
    }
    best = max(hits, key=hits.__getitem__)
    if hits[best] > 0 and list(hits.values()).count(hits[best]) == 1:
        return best
    return version_for(evaluated_on)


def date_of(value: object) -> dt.date | None:
    """A date from a date cell, "15.03.2019", "2019-03-15", or a year alone (30 June)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = normalise_code(value)
    match = _DATE_TEXT.match(text)
    try:
        if match:
            return dt.date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return dt.date.fromisoformat(text)
    except ValueError:
        return None
    if re.fullmatch(r"(19|20|21)\d\d", text):
        return dt.date(int(text), 6, 30)
    return None


def _score(layout: Layout, row_number: int, column: int, value: object) -> float | None:
    """A score cell as a number; ImportRejected naming the cell when it is text or outside 0–100."""
    if str(value).strip() == "":
        return None
    number = number_or_none(value)
    if number is None or not 0 <= number <= MAX_AREA_SCORE:
        raise ImportRejected(
            t(
                "kompass.score_out_of_range",
                where=layout.place(row_number, column),
                name=layout.headers[column],
                value=value,
            )
        )
    return number


def _version_of(value: object) -> str | None:
    return _VERSION_WORDS.get(normalise_header(value))


def _entries_by_row(table: RawTable, layout: Layout) -> list[KompassEntry]:
    """A row per evaluation; every header cell that names no known field is an area."""
    areas = layout.unrecognised()
    entries = []
    for evaluated_on, rows in _rows_by_date(table, layout).items():
        row = rows[-1]  # the same date twice: the lower row wins
        scores = tuple(_score(layout, row.number, column, row.at(column)) for column in areas)
        entries.append(
            KompassEntry(
                evaluated_on,
                tuple(layout.headers[column] for column in areas),
                scores,
                row.amount("total"),
                _version_of(row.get("version")),
                row.text("note"),
                row.where(),
            )
        )
    return entries


def _entries_by_column(table: RawTable, layout: Layout) -> list[KompassEntry]:
    """Areas down the area column, an evaluation per column headed by its date or year; a row
    labelled Sum or Totalt holds the stated totals."""
    area_column = layout.column("area")
    header = table.rows[layout.header_index]
    dated = [
        (index, date_of(cell))
        for index, cell in enumerate(header)
        if index != area_column and date_of(cell) is not None
    ]
    rows = data_rows(table, layout)
    area_rows = [row for row in rows if not is_sum_label(row.get("area"))]
    sums = [row for row in rows if is_sum_label(row.get("area"))]
    entries = []
    for column, evaluated_on in dated:
        scores = tuple(_score(layout, row.number, column, row.at(column)) for row in area_rows)
        if evaluated_on is None or all(score is None for score in scores):
            continue
        stated = number_or_none(sums[0].at(column)) if sums else None
        labels = tuple(row.text("area") for row in area_rows)
        where = layout.place(layout.header_row_number, column)
        entries.append(KompassEntry(evaluated_on, labels, scores, stated, None, "", where))
    return entries


def _entries_by_area_row(table: RawTable, layout: Layout) -> list[KompassEntry]:
    """A row per area score: date (or year), area, points; rows labelled Sum are totals."""
    score_column = layout.column("score") or 0
    entries = []
    for evaluated_on, rows in _rows_by_date(table, layout).items():
        area_rows = [row for row in rows if not is_sum_label(row.get("area"))]
        sums = [row for row in rows if is_sum_label(row.get("area"))]
        entries.append(
            KompassEntry(
                evaluated_on,
                tuple(_area_text(row) for row in area_rows),
                tuple(
                    _score(layout, row.number, score_column, row.get("score")) for row in area_rows
                ),
                number_or_none(sums[0].get("score")) if sums else None,
                _version_of(rows[0].get("version")),
                rows[0].text("note"),
                rows[0].where(),
            )
        )
    return entries


def _rows_by_date(table: RawTable, layout: Layout) -> dict[dt.date, list[SheetRow]]:
    """The data rows grouped by their evaluation date; ImportRejected for a cell that is none."""
    field = "date" if layout.column("date") is not None else "year"
    if layout.column(field) is None:
        raise ImportRejected(
            t(
                "import.rows.missing_columns",
                where=layout.place(layout.header_row_number),
                missing=t("import.rows.need.date"),
            )
        )
    groups: dict[dt.date, list[SheetRow]] = {}
    for row in data_rows(table, layout):
        evaluated_on = date_of(row.get(field))
        if evaluated_on is None:
            raise ImportRejected(
                t("import.rows.date_invalid", where=row.where(field), value=row.get(field))
            )
        groups.setdefault(evaluated_on, []).append(row)
    return groups


def _area_text(row: SheetRow) -> str:
    number = row.text("area_no")
    name = row.text("area")
    return f"{number} {name}".strip() if number.isdigit() else name


# --- preview, storing and undoing --------------------------------------------------------------


def _evaluations_table(evaluations: Sequence[Evaluation]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("import.preview.col_date"): [format_date(e.evaluated_on) for e in evaluations],
            t("kompass.version"): [t(f"kompass.version_{e.version}") for e in evaluations],
            t("import.preview.col_total"): [format_number(e.total) for e in evaluations],
            t("kompass.note"): [e.note for e in evaluations],
        }
    )


def _replaced_table(replaced: pd.DataFrame) -> pd.DataFrame:
    ids, names = upload_table(replaced["upload_id"], replaced["file_name"])
    return pd.DataFrame(
        {
            t("import.preview.col_date"): [
                format_date(pd.Timestamp(day).date()) for day in replaced["evaluated_on"]
            ],
            t("import.preview.col_total"): [format_number(float(v)) for v in replaced["total"]],
            t("import.preview.col_upload"): ids,
            t("import.preview.col_file"): names,
        }
    )


def commit(store: Store, access: Access, prepared: PreparedImport) -> tuple[int, tuple[int, ...]]:
    """Stores the evaluations, in place of the current ones of the same dates."""
    evaluations = prepared.payload_as(tuple)
    return store_kompass_upload(store, new_upload(prepared, access), scores_frame(evaluations))


KIND = ImportKind(
    "kompass", PROGRAMME, recognise, prepare, commit, read_coverage, tables=(KOMPASS,)
)
