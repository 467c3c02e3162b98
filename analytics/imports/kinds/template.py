"""The budget holder's forecast template: made for one unit, filled in, uploaded back.

The template lists the unit's ansvar × art lines with the annual budget and the accounts so far,
and empty columns for the year-end forecast and a comment per line. A second sheet says which
unit, year and month it is for. Uploaded back, the forecast of the unit is the sum over its
lines of the forecast where one is given and the budget where it is not (a line left empty is
expected to end on budget); the comments are kept line by line in one text. Recognised by its
info sheet; stored in the workshop's own forecasts, where a newer entry overwrites the older,
so a template upload cannot be undone (a new template with the right figures can).

The template is written in the language of the person who downloads it and read back in any:
its sheet names, info fields and column headings are recognised in every language of the
texts (`texts_for`), so a template made in North Sami can be uploaded by a bokmål session.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from analytics.core.access import Access, require_write, visible_organisation
from analytics.core.errors import ImportRejected, NotFound, UserError
from analytics.core.export import tables_to_xlsx
from analytics.core.formatting import format_nok
from analytics.core.numbers import AmountNotNumeric, normalise_code, parse_amount
from analytics.core.texts import t, texts_for
from analytics.imports.kind import (
    BY_ANSVAR,
    ImportKind,
    ImportOptions,
    PreparedImport,
    Preview,
    Source,
    json_field,
    new_upload,
)
from analytics.imports.reader import (
    Cell,
    HeaderNotFound,
    RawTable,
    describe_place,
    find_header_row,
    normalise_header,
)
from analytics.store import Store
from analytics.store.organisation import read_organisation
from analytics.store.uploads import UndoOutcome, UploadRecord, insert_upload, template_lines
from analytics.workshop.measures import OwnForecast
from analytics.workshop.records import own_forecasts, save_own_forecasts

TEMPLATE_MARK = "prognosemal"
COLUMNS = ("ansvar", "ansvar_name", "art", "budget", "actual", "forecast", "comment")


@dataclass(frozen=True)
class FilledTemplate:
    sheet: str
    year: int
    month: int
    ansvar: frozenset[str]
    forecasts: tuple[OwnForecast, ...]
    line_count: int
    warnings: tuple[str, ...]


def _header(column: str) -> str:
    return t(f"import.template.col.{column}")


def _names(key: str) -> set[str]:
    """The text for `key` in every language, normalised as a header is (for reading back)."""
    return {normalise_header(text) for text in texts_for(key).values()}


def _is_sheet(table: RawTable, key: str) -> bool:
    return normalise_header(table.sheet) in _names(key)


def build_template(
    store: Store, access: Access, unit_code: str, year: int, month: int, demo: bool
) -> bytes:
    """The xlsx template for one unit (or ansvar) the person may write for, as of a month."""
    organisation = read_organisation(store)
    visible = visible_organisation(organisation, access)
    unit = visible[(visible["unit_code"] == unit_code) | (visible["ansvar"] == unit_code)]
    if unit.empty:
        raise NotFound(t("import.template.no_unit", code=unit_code))
    require_write(organisation, access, set(unit["ansvar"]))
    lines = template_lines(store, sorted(unit["ansvar"]), year, month)
    names = dict(zip(unit["ansvar"], unit["ansvar_name"], strict=True))
    frame = pd.DataFrame(
        {
            _header("ansvar"): lines["ansvar"],
            _header("ansvar_name"): lines["ansvar"].map(names),
            _header("art"): lines["art"],
            _header("budget"): lines["budget"],
            _header("actual"): lines["actual"],
            _header("forecast"): pd.Series([None] * len(lines), dtype="float64"),
            _header("comment"): [""] * len(lines),
        }
    )
    info = pd.DataFrame(
        {
            t("import.template.key"): [
                t("import.template.mark"),
                t("common.unit"),
                t("common.year"),
                t("common.month"),
            ],
            t("import.template.value"): [TEMPLATE_MARK, unit_code, str(year), str(month)],
        }
    )
    sheets = {t("import.template.sheet"): frame, t("import.template.info_sheet"): info}
    return tables_to_xlsx(sheets, demo=demo)


def is_template(tables: Sequence[RawTable]) -> bool:
    """True when the workbook carries the template's info sheet."""
    return any(_info(table) for table in tables)


def _info(table: RawTable) -> dict[str, str]:
    """The info sheet's fields by their key in the table of texts ("common.unit", …); empty
    when the sheet is not the template's info sheet, in whichever language it was written."""
    if not _is_sheet(table, "import.template.info_sheet"):
        return {}
    pairs = {
        normalise_header(row[0]): normalise_code(row[1])
        for row in table.rows
        if len(row) >= 2 and row[0] != ""
    }
    keys = ("import.template.mark", "common.unit", "common.year", "common.month")
    info = {key: value for key in keys for name, value in pairs.items() if name in _names(key)}
    return info if info.get("import.template.mark") == TEMPLATE_MARK else {}


def read_template(tables: Sequence[RawTable], file_name: str) -> FilledTemplate:
    """The forecasts and comments of a filled-in template; refuses bad cells, naming them."""
    info = next(_info(table) for table in tables if _info(table))
    unit_code = info.get("common.unit", "")
    year = int(info.get("common.year", "0") or 0)
    month = int(info.get("common.month", "0") or 0)
    sheet = next((tb for tb in tables if _is_sheet(tb, "import.template.sheet")), None)
    if sheet is None or not unit_code or not 1 <= month <= 12:
        raise ImportRejected(t("import.template.broken", where=describe_place(file_name)))
    lines = _template_lines(sheet)
    forecast = _unit_forecast(lines, year, month, unit_code)
    warnings = () if forecast is not None else (t("import.template.nothing_filled"),)
    return FilledTemplate(
        sheet.sheet,
        year,
        month,
        frozenset(line[0] for line in lines),
        (forecast,) if forecast is not None else (),
        len(lines),
        warnings,
    )


_Line = tuple[str, str, float, float | None, str]


def _column_places(table: RawTable) -> tuple[int, dict[str, int]]:
    """The header row's index and each column's place in it, the headings in any language;
    refuses a template whose headings were changed."""
    names = {column: _names(f"import.template.col.{column}") for column in COLUMNS}
    where = describe_place(table.file_name, table.sheet)
    try:
        words = [word for column in COLUMNS for word in names[column]]
        header_index = find_header_row(table.rows, words, min_matches=len(COLUMNS) - 1)
    except HeaderNotFound as error:
        raise ImportRejected(t("import.template.broken", where=where)) from error
    header = [normalise_header(cell) for cell in table.rows[header_index]]
    places = {
        column: [i for i, cell in enumerate(header) if cell in names[column]] for column in COLUMNS
    }
    if not all(places.values()):
        raise ImportRejected(t("import.template.broken", where=where))
    return header_index, {column: found[0] for column, found in places.items()}


def _template_lines(table: RawTable) -> list[_Line]:
    header_index, index = _column_places(table)
    header = [normalise_header(cell) for cell in table.rows[header_index]]
    lines = []
    for offset, row in enumerate(table.rows[header_index + 1 :]):
        row_number = table.row_number(header_index + 1 + offset)
        ansvar = normalise_code(_cell(row, index["ansvar"]))
        if not ansvar:
            continue
        budget = _amount(table, row, row_number, index["budget"], header) or 0.0
        forecast = _amount(table, row, row_number, index["forecast"], header)
        comment = str(_cell(row, index["comment"])).strip()
        lines.append((ansvar, normalise_code(_cell(row, index["art"])), budget, forecast, comment))
    return lines


def _cell(row: Sequence[Cell], index: int) -> Cell:
    return row[index] if index < len(row) else ""


def _amount(
    table: RawTable, row: Sequence[Cell], row_number: int, column: int, header: list[str]
) -> float | None:
    try:
        return parse_amount(_cell(row, column))
    except AmountNotNumeric as error:
        where = describe_place(table.file_name, table.sheet, row_number, column, header[column])
        raise ImportRejected(
            t("import.not_a_number", where=where, value=_cell(row, column))
        ) from error


def _unit_forecast(lines: list[_Line], year: int, month: int, unit_code: str) -> OwnForecast | None:
    given = [line for line in lines if line[3] is not None]
    comments = [f"{ansvar} {art}: {comment}" for ansvar, art, _, _, comment in lines if comment]
    if not given and not comments:
        return None
    forecast = sum(line[3] if line[3] is not None else line[2] for line in lines) if given else None
    return OwnForecast(year, month, unit_code, forecast, "\n".join(comments))


# --- the import kind ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ForecastCoverage:
    """What a template upload covers: the month it was filled in for, its ansvar and units."""

    year: int
    month: int
    ansvar: tuple[str, ...]
    units: tuple[str, ...]

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(self.ansvar)

    @property
    def years(self) -> tuple[int, ...]:
        return (self.year,) if self.year else ()

    @property
    def periods(self) -> tuple[int, ...]:
        return (self.month,) if self.month else ()

    def describe(self) -> str:
        return t(
            "import.coverage_forecast",
            year=self.year,
            month=self.month,
            units=", ".join(self.units),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "month": self.month,
            "ansvar": list(self.ansvar),
            "units": list(self.units),
        }


def read_coverage(raw: Mapping[str, Any], upload_kind: str) -> ForecastCoverage:
    return ForecastCoverage(
        int(json_field(raw, "year", 0)),
        int(json_field(raw, "month", 0)),
        tuple(str(a) for a in json_field(raw, "ansvar", [])),
        tuple(str(u) for u in json_field(raw, "units", [])),
    )


def recognise(source: Source) -> int:
    return 100 if is_template(source.tables) else 0


def prepare(store: Store, access: Access, source: Source, options: ImportOptions) -> PreparedImport:
    """The forecasts and comments of a filled-in template, and the ones they replace."""
    if not is_template(source.tables):
        raise ImportRejected(t("import.template.broken", where=describe_place(source.file_name)))
    filled = read_template(source.tables, source.file_name)
    coverage = ForecastCoverage(
        filled.year,
        filled.month,
        tuple(sorted(filled.ansvar)),
        tuple(f.unit_code for f in filled.forecasts),
    )
    current = own_forecasts(store, access, filled.year, filled.month)
    replaced = current[current["unit_code"].isin(list(coverage.units))]
    preview = Preview(
        file_name=source.file_name,
        sha256=source.sha256,
        sheet=filled.sheet,
        kind="forecast",
        form="template",
        row_count=filled.line_count,
        coverage=coverage,
        facts=(
            (t("import.page.kind_label"), t("import.kind.forecast")),
            (t("import.page.years"), str(filled.year)),
            (t("import.page.periods"), str(filled.month)),
            (t("import.page.units"), str(len(coverage.ansvar))),
            (t("import.page.rows"), str(filled.line_count)),
        ),
        stored=forecast_table(
            [f.unit_code for f in filled.forecasts],
            [f.forecast for f in filled.forecasts],
            [f.comment for f in filled.forecasts],
        ),
        replaced=forecast_table(
            list(replaced["unit_code"]), list(replaced["forecast"]), list(replaced["comment"])
        ),
        warnings=filled.warnings,
    )
    return PreparedImport("forecast", preview, filled)


def forecast_table(
    units: Sequence[str], forecasts: Sequence[float | None], comments: Sequence[str]
) -> pd.DataFrame:
    """Unit, forecast (NOK) and comment, with Norwegian headers, for the preview."""
    return pd.DataFrame(
        {
            t("common.unit"): list(units),
            t("import.template.col.forecast"): [
                "" if value is None or pd.isna(value) else format_nok(float(value))
                for value in forecasts
            ],
            t("import.template.col.comment"): list(comments),
        }
    )


def commit(store: Store, access: Access, prepared: PreparedImport) -> tuple[int, tuple[int, ...]]:
    """Records the upload and stores the forecasts, in the pipeline's one transaction."""
    filled = prepared.payload_as(FilledTemplate)
    with store.transaction() as tx:
        upload_id = insert_upload(tx, new_upload(prepared, access))
        save_own_forecasts(store, access, filled.forecasts, access.user)
    return upload_id, ()


def undo(store: Store, record: UploadRecord) -> UndoOutcome:
    """Refused: the forecasts it replaced were overwritten in the workshop's table."""
    raise UserError(t("import.forecast_undo", id=record.id))


KIND = ImportKind(
    "forecast", BY_ANSVAR, recognise, prepare, commit, read_coverage, undo=undo, undoable=False
)
