"""Importing sick leave, Kommunekompasset evaluations, risks and milestones from xlsx or csv.

The files come from HR systems, KS reports and the programme's own spreadsheets, so headers vary
(bokmål and nynorsk, with or without units like "%" or "dagsverk"), there may be a title block
above the header, sum rows inside the data, and codes with names in one cell. Each kind's
header words are declared once below. Every import is one transaction registered as an upload;
a bad cell rejects the whole file with a Norwegian message naming file, sheet, row and column.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pandas as pd

from analytics.core.access import Access, require_programme_write, require_write
from analytics.core.audit import record
from analytics.core.errors import ImportRejected, UserError
from analytics.core.settings import load_settings
from analytics.core.texts import t
from analytics.imports.headers import month_from_value
from analytics.imports.numbers import (
    AmountNotNumeric,
    normalise_code,
    parse_amount,
    split_code_and_name,
)
from analytics.imports.reader import (
    Cell,
    HeaderNotFound,
    RawTable,
    describe_place,
    find_header_row,
    normalise_header,
    read_tables,
    sha256_of,
)
from analytics.kompass.evaluations import (
    AREA_COUNT,
    AREA_SETS,
    MAX_AREA_SCORE,
    AreaScore,
    Evaluation,
    validate_scores,
    version_for,
)
from analytics.programme.milestones import clean_milestones
from analytics.programme.risks import clean_risks
from analytics.store import Store
from analytics.store.organisation import read_organisation
from analytics.store.programme import (
    SICK_LEAVE_COLUMNS,
    insert_sick_leave,
    insert_upload,
    replace_evaluation,
    replace_milestones,
    replace_risks,
)

KINDS = ("sickleave", "kompass", "risks", "milestones")

# Header words per kind and field, compared after `normalise_header` and with unit words such as
# "dagsverk", "%" and "(t)" taken away (see `_header_core`). Bokmål and nynorsk side by side.
HEADER_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "sickleave": {
        "unit": ("enhet", "eining", "avdeling", "arbeidssted", "resultatenhet", "organisasjon",
                 "org", "enhetskode", "unit"),
        "ansvar": ("ansvar", "ansvarssted", "koststed", "ansvarsnummer", "ansvarsnr"),
        "unit_name": ("enhetsnavn", "enhet navn", "eining namn", "einingsnamn", "avdelingsnavn",
                      "ansvarsnavn", "ansvar navn", "navn", "namn"),
        "year": ("år", "ar", "aar", "årstall", "year"),
        "month": ("måned", "maned", "mnd", "månad", "manad", "periode", "month", "måned nr"),
        "quarter": ("kvartal", "kv", "quarter"),
        "agreed_days": ("avtalte", "avtalt", "avtala", "mulige", "moglege", "avtalte dagsverk",
                        "mulige dagsverk", "agreed"),
        "lost_days": ("tapte", "tapt", "fravær", "fråvær", "sykefravær", "sjukefråvær",
                      "fravær totalt", "fråvær totalt", "sykefravær totalt", "sjukefråvær totalt",
                      "totalt fravær", "totalt fråvær", "lost"),
        "self_cert_days": ("egenmeldt", "eigenmeldt", "egenmeldte", "eigenmelde", "egenmelding",
                           "eigenmelding", "egenmeldt fravær", "eigenmeldt fråvær"),
        "doctor_cert_days": ("legemeldt", "legemeldte", "legemelde", "sykmeldt", "sjukmeldt",
                             "legemeldt fravær", "legemeldt fråvær"),
        "short_days": ("korttid", "korttidsfravær", "korttidsfråvær", "kort", "korttid 1 16",
                       "korttidsfravær 1 16"),
        "long_days": ("langtid", "langtidsfravær", "langtidsfråvær", "lang", "langtid 17",
                      "langtidsfravær over 16"),
        "headcount": ("antall ansatte", "ansatte", "tal tilsette", "talet på tilsette",
                      "tilsette", "antall", "antall medarbeidere", "headcount"),
    },
    "kompass": {
        "date": ("dato", "evalueringsdato", "evaluert", "evaluering", "tidspunkt", "date"),
        "year": ("år", "ar", "årstall", "year"),
        "area": ("område", "fokusområde", "omrade", "området", "hovedområde", "area"),
        "area_no": ("nr", "områdenr", "område nr", "nummer"),
        "score": ("poeng", "skår", "score", "poengsum", "resultat"),
        "total": ("sum", "totalt", "total", "samlet", "samla", "sum poeng", "totalsum"),
        "version": ("versjon", "utgave", "version"),
        "note": ("merknad", "kommentar", "notat", "note"),
    },
    "risks": {
        "number": ("nr", "id", "løpenr"),
        "risk": ("risiko", "risikoforhold", "risikoområde", "hendelse", "uønsket hendelse",
                 "beskrivelse", "risk"),
        "probability": ("sannsynlighet", "sannsyn", "sannsynlegheit", "s", "probability"),
        "consequence": ("konsekvens", "konsekvens k", "k", "consequence"),
        "factor": ("rf", "risikofaktor", "risiko faktor", "s x k", "sxk", "factor"),
        "mitigation": ("tiltak", "risikoreduserende tiltak", "risikoreduserande tiltak",
                       "avbøtende tiltak", "mitigation"),
        "owner": ("ansvar", "ansvarlig", "ansvarleg", "eier", "eigar", "owner"),
    },
    "milestones": {
        "working_group": ("arbeidsgruppe", "gruppe", "arbeidsgruppa", "delprosjekt", "group"),
        "year": ("år", "ar", "årstall", "year"),
        "week": ("uke", "veke", "ukenr", "vekenr", "uke nr", "veke nr", "week"),
        "kind": ("type", "hva", "kva", "milepæl", "aktivitet", "kind"),
        "description": ("beskrivelse", "skildring", "merknad", "tekst", "description"),
    },
}  # fmt: skip

_UNIT_WORDS = ("dagsverk", "dagverk", "dv", "dager", "days", "(t)", "i", "antall dagsverk")
_PCT_FIELDS = ("lost_days", "self_cert_days", "doctor_cert_days", "short_days", "long_days")
_BARE_PCT_WORDS = ("sykefravær", "sjukefråvær", "fravær", "fråvær")


@dataclass(frozen=True)
class Column:
    """A recognised column: its 0-based index, header text, field and whether it holds %."""

    index: int
    header: str
    field: str
    percent: bool = False


@dataclass(frozen=True)
class Sheet:
    """A sheet with its header found: the raw table, the header row index and its columns."""

    table: RawTable
    header_index: int
    columns: tuple[Column, ...]

    def column(self, field: str) -> Column | None:
        return next((c for c in self.columns if c.field == field), None)

    def where(self, row_index: int, column: Column | None = None) -> str:
        """«Filen …, arket …, rad 12, kolonne C («Beløp»)» for a data row (0-based index)."""
        table = self.table
        row = table.row_number(row_index)
        if column is None:
            return describe_place(table.file_name, table.sheet, row)
        return describe_place(table.file_name, table.sheet, row, column.index, column.header)

    def data_rows(self) -> list[tuple[int, Sequence[Cell]]]:
        """(row index, cells) of the non-blank rows below the header."""
        rows = self.table.rows
        return [
            (index, rows[index])
            for index in range(self.header_index + 1, len(rows))
            if any(str(cell).strip() for cell in rows[index])
        ]

    def cell(self, cells: Sequence[Cell], field: str) -> object:
        column = self.column(field)
        if column is None or column.index >= len(cells):
            return ""
        return cells[column.index]


def _header_core(cell: object) -> tuple[str, bool, bool]:
    """The header without unit words, and whether it spoke of % and of days."""
    text = normalise_header(cell)
    percent = "%" in text or "prosent" in text
    days = any(word in text.split(" ") for word in ("dagsverk", "dagverk", "dv", "dager"))
    cleaned = text.replace("%", " ").replace("prosent", " ").replace("(t)", " navn ")
    words = [word for word in cleaned.split(" ") if word and word not in _UNIT_WORDS]
    return " ".join(words), percent, days


def classify_column(kind: str, index: int, cell: object) -> Column | None:
    """The field a header cell names for this kind of file, or None."""
    core, percent, days = _header_core(cell)
    if not core:
        return None
    words = HEADER_WORDS[kind]
    field = _lookup(words, core) or _lookup(words, core.split(" ")[0])
    if field is None:
        return None
    if field in ("unit", "ansvar") and core.split(" ")[-1] in ("navn", "namn", "tekst"):
        field = "unit_name"
    if kind == "sickleave" and field in _PCT_FIELDS:
        percent = percent or (core in _BARE_PCT_WORDS and not days)
    return Column(index, str(cell).strip(), field, percent and field in _PCT_FIELDS)


def _lookup(words: dict[str, tuple[str, ...]], text: str) -> str | None:
    return next((field for field, synonyms in words.items() if text in synonyms), None)


def find_sheet(
    kind: str, tables: list[RawTable], required: tuple[str, ...], min_matches: int = 2
) -> Sheet:
    """The first sheet whose header row names every required field; else ImportRejected."""
    known = [word for synonyms in HEADER_WORDS[kind].values() for word in synonyms]
    best: Sheet | None = None
    for table in tables:
        try:
            header_index = find_header_row(table.rows, known, min_matches)
        except HeaderNotFound:
            continue
        sheet = _sheet_with_columns(kind, table, header_index)
        if all(sheet.column(field) for field in required):
            return sheet
        best = best or sheet
    if best is None:
        where = describe_place(tables[0].file_name, tables[0].sheet) if tables else ""
        raise ImportRejected(
            t("programme.import_no_header", where=where, kind=t(f"programme.kind_{kind}"))
        )
    missing = [field for field in required if best.column(field) is None]
    raise ImportRejected(
        t(
            "programme.import_missing_columns",
            where=describe_place(
                best.table.file_name, best.table.sheet, best.table.row_number(best.header_index)
            ),
            missing=", ".join(t(f"programme.field_{field}") for field in missing),
        )
    )


def _sheet_with_columns(kind: str, table: RawTable, header_index: int) -> Sheet:
    columns: list[Column] = []
    for index, cell in enumerate(table.rows[header_index]):
        column = classify_column(kind, index, cell)
        if column is not None and all(
            (c.field, c.percent) != (column.field, column.percent) for c in columns
        ):
            columns.append(column)
    return Sheet(table, header_index, tuple(columns))


def import_file(
    store: Store,
    access: Access,
    kind: str,
    file_name: str,
    data: bytes,
    user: str,
    sheet: str | None = None,
) -> str:
    """Imports one file of `kind` (sickleave, kompass, risks, milestones); returns a Norwegian
    summary. All or nothing: a refused file leaves the database as it was. The upload is
    registered in `uploads` and the audit log."""
    if kind not in KINDS:
        raise UserError(t("programme.import_unknown_kind", kind=kind, kinds=", ".join(KINDS)))
    tables = read_tables(data, file_name, sheet, load_settings(store))
    summary = _importers()[kind](store, access, tables, file_name, data, user)
    record(store, user, "upload", f"{kind}: {file_name}")
    return summary


# --- cells -------------------------------------------------------------------------------------


def _is_blank(value: object) -> bool:
    return value is None or str(value).strip() == ""


def _number(sheet: Sheet, index: int, cells: Sequence[Cell], field: str) -> float | None:
    """The number in the field's cell (None when empty); ImportRejected naming the cell."""
    column = sheet.column(field)
    if column is None or column.index >= len(cells):
        return None
    value = cells[column.index]
    text = value.replace("%", "") if isinstance(value, str) else value
    try:
        number = parse_amount(text)
    except AmountNotNumeric:
        raise ImportRejected(
            t("programme.not_a_number", where=sheet.where(index, column), value=value)
        ) from None
    if number is not None and number < 0:
        raise ImportRejected(t("programme.negative", where=sheet.where(index, column), value=value))
    return number


_SUM_WORDS = ("sum", "totalt", "total", "i alt", "samla", "samlet", "hele kommunen")


def _is_sum_label(value: object) -> bool:
    text = normalise_header(value)
    return any(text == word or text.startswith(word + " ") for word in _SUM_WORDS)


# --- periods -----------------------------------------------------------------------------------

_YEAR_MONTH = re.compile(r"^(\d{4})\s*[-/. ]?\s*(\d{1,2})$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})\s*[-/. ]\s*(\d{4})$")
_QUARTER = re.compile(
    r"^(?:(\d{4})\s*[-/ ]?\s*)?(?:k|q|kv|kvartal)?\s*([1-4])\s*\.?\s*(?:kvartal|kv)?"
    r"(?:\s*[-/ ]?\s*(\d{4}))?$"
)
_QUARTER_MARK = re.compile(r"\b(k|q|kv|kvartal)\b|^(k|q)[1-4]|\d(k|q)[1-4]")


@dataclass(frozen=True)
class Period:
    """A month (1–12) or a quarter (1–4) of a year; year None when the cell did not say."""

    year: int | None
    month: int | None = None
    quarter: int | None = None


def parse_period(value: object, quarter_column: bool = False) -> Period | None:
    """A month or quarter from a period cell: 3, "mars", "2026-03", "03.2026", "mars 2026",
    "202603", a date, or for quarters 1–4, "K1", "Q1", "1. kvartal", "2026-K1"."""
    if isinstance(value, dt.datetime | dt.date):
        return Period(value.year, month=value.month)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _period_from_number(float(value), quarter_column)
    text = normalise_header(value)
    if not text:
        return None
    if quarter_column or _QUARTER_MARK.search(text.replace(" ", "")) or "kvartal" in text:
        match = _QUARTER.match(text)
        if match:
            year = match.group(1) or match.group(3)
            return Period(int(year) if year else None, quarter=int(match.group(2)))
        return None
    return _period_from_text(text)


def _period_from_number(number: float, quarter_column: bool) -> Period | None:
    if not number.is_integer():
        return None
    whole = int(number)
    if quarter_column:
        return Period(None, quarter=whole) if 1 <= whole <= 4 else None
    if 1 <= whole <= 12:
        return Period(None, month=whole)
    year, month = divmod(whole, 100)
    return Period(year, month=month) if 1900 < year < 2200 and 1 <= month <= 12 else None


def _period_from_text(text: str) -> Period | None:
    for pattern, year_group, month_group in ((_YEAR_MONTH, 1, 2), (_MONTH_YEAR, 2, 1)):
        match = pattern.match(text)
        if match and 1 <= int(match.group(month_group)) <= 12:
            return Period(int(match.group(year_group)), month=int(match.group(month_group)))
    if text.isdigit():
        return _period_from_number(float(text), False)
    words = text.split(" ")
    years = [int(word) for word in words if word.isdigit() and len(word) == 4]
    months = [month_from_value(word) for word in words if month_from_value(word)]
    if len(months) == 1 and len(words) == len(years) + 1:
        return Period(years[0] if years else None, month=months[0])
    return None


def _period_of_row(sheet: Sheet, index: int, cells: Sequence[Cell]) -> Period:
    """The row's month or quarter with its year; ImportRejected naming the cell otherwise."""
    month_column, quarter_column = sheet.column("month"), sheet.column("quarter")
    column = month_column or quarter_column
    assert column is not None
    value = sheet.cell(cells, column.field)
    period = parse_period(value, quarter_column=column is quarter_column)
    if period is None:
        raise ImportRejected(
            t("programme.period_invalid", where=sheet.where(index, column), value=value)
        )
    if period.year is None:
        year_column = sheet.column("year")
        year = _number(sheet, index, cells, "year") if year_column else None
        if year is None or not year.is_integer() or not 1900 < year < 2200:
            raise ImportRejected(
                t("programme.year_missing", where=sheet.where(index, year_column or column))
            )
        period = Period(int(year), period.month, period.quarter)
    return period


# --- sick leave --------------------------------------------------------------------------------

SPLIT_TOLERANCE_DAYS = 0.5  # HR exports round each part to tenths or whole days
SPLIT_TOLERANCE_SHARE = 0.01


def import_sick_leave(
    store: Store, access: Access, tables: list[RawTable], file_name: str, data: bytes, user: str
) -> str:
    """Sick leave per unit (or ansvar) and month or quarter: agreed days, lost days in total or
    split, or percentages of the agreed days; optionally headcount. A quarter is spread evenly
    over its three months so that the days of the quarter add up."""
    sheet = find_sheet("sickleave", tables, ("agreed_days",))
    _require_one_of(sheet, ("unit", "ansvar"), "unit")
    _require_one_of(sheet, ("month", "quarter"), "period")
    organisation = read_organisation(store)
    rows = read_sick_leave_rows(sheet, organisation)
    if rows.empty:
        raise ImportRejected(t("programme.import_empty", where=sheet.where(sheet.header_index)))
    require_write(organisation, access, _ansvar_of(set(rows["unit_code"]), organisation))
    coverage = {
        "years": sorted(int(year) for year in rows["year"].unique()),
        "units": sorted(str(code) for code in rows["unit_code"].unique()),
    }
    with store.transaction() as tx:
        upload_id = insert_upload(
            tx, "sickleave", file_name, sha256_of(data), user, len(rows), coverage
        )
        insert_sick_leave(tx, upload_id, rows)
    return _sick_leave_summary(rows)


def _require_one_of(sheet: Sheet, fields: tuple[str, ...], missing: str) -> None:
    """ImportRejected naming the header row unless one of the fields has a column."""
    if all(sheet.column(field) is None for field in fields):
        raise ImportRejected(
            t(
                "programme.import_missing_columns",
                where=sheet.where(sheet.header_index),
                missing=t(f"programme.field_{missing}"),
            )
        )


def _sick_leave_summary(rows: pd.DataFrame) -> str:
    first, last = rows.iloc[0], rows.iloc[-1]
    return t(
        "programme.imported_sickleave",
        rows=len(rows),
        units=rows["unit_code"].nunique(),
        first=f"{int(first['month']):02d}.{int(first['year'])}",
        last=f"{int(last['month']):02d}.{int(last['year'])}",
    )


def read_sick_leave_rows(sheet: Sheet, organisation: pd.DataFrame) -> pd.DataFrame:
    """The sheet's data rows as sick-leave rows (SICK_LEAVE_COLUMNS), sum rows left out."""
    scales = _percent_scales(sheet)
    names = _names_to_codes(organisation)
    records: list[dict[str, object]] = []
    seen: dict[tuple[int, int, str], int] = {}
    for index, cells in sheet.data_rows():
        code_value = sheet.cell(cells, _code_field(sheet))
        if _is_sum_label(code_value) or _is_sum_label(sheet.cell(cells, "unit_name")):
            continue
        code = _unit_code(sheet, index, cells, names)
        period = _period_of_row(sheet, index, cells)
        days = _days_of_row(sheet, index, cells, scales)
        for month, share in _months_of(period):
            key = (int(period.year or 0), month, code)
            if key in seen:
                raise ImportRejected(
                    t(
                        "programme.duplicate_row",
                        where=sheet.where(index),
                        other=sheet.table.row_number(seen[key]),
                    )
                )
            seen[key] = index
            records.append(
                {"year": period.year, "month": month, "unit_code": code, **_scaled(days, share)}
            )
    frame = pd.DataFrame(records, columns=SICK_LEAVE_COLUMNS)
    return frame.sort_values(["year", "month", "unit_code"], ignore_index=True)


def _months_of(period: Period) -> list[tuple[int, float]]:
    """(month, share of the period's days) for a month or a quarter."""
    if period.month is not None:
        return [(period.month, 1.0)]
    assert period.quarter is not None
    first = (period.quarter - 1) * 3 + 1
    return [(month, 1 / 3) for month in range(first, first + 3)]


def _scaled(days: dict[str, float | None], share: float) -> dict[str, float | None]:
    return {
        field: (value if value is None or field == "headcount" else value * share)
        for field, value in days.items()
    }


def _percent_scales(sheet: Sheet) -> dict[str, float]:
    """Per percentage column, what turns its numbers into percent: 1, or 100 when the file
    holds fractions (a cell formatted as % in Excel is read as 0.065). The total's column
    decides for all when it is there, since one export uses one convention."""
    scales: dict[str, float] = {}
    for column in sheet.columns:
        if column.percent:
            values = [
                _plain_number(cells[column.index])
                for _, cells in sheet.data_rows()
                if column.index < len(cells)
            ]
            present = [v for v in values if v is not None]
            scales[column.field] = 100.0 if present and max(present) <= 1.0 else 1.0
    if "lost_days" in scales:
        return dict.fromkeys(scales, scales["lost_days"])
    return scales


def _plain_number(value: object) -> float | None:
    try:
        return parse_amount(value.replace("%", "") if isinstance(value, str) else value)
    except AmountNotNumeric:
        return None


def _days_of_row(
    sheet: Sheet, index: int, cells: Sequence[Cell], scales: dict[str, float]
) -> dict[str, float | None]:
    """agreed, lost and split days (from days or from % of the agreed days) and headcount."""
    agreed = _number(sheet, index, cells, "agreed_days")
    if agreed is None:
        raise ImportRejected(
            t("programme.agreed_missing", where=sheet.where(index, sheet.column("agreed_days")))
        )
    days: dict[str, float | None] = {"agreed_days": agreed}
    for field in _PCT_FIELDS:
        days[field] = _days_or_percent(sheet, index, cells, field, agreed, scales)
    days["lost_days"] = _lost_days(sheet, index, days)
    headcount = _number(sheet, index, cells, "headcount")
    days["headcount"] = None if headcount is None else float(round(headcount))
    _check_days(sheet, index, days)
    return days


def _days_or_percent(
    sheet: Sheet,
    index: int,
    cells: Sequence[Cell],
    field: str,
    agreed: float,
    scales: dict[str, float],
) -> float | None:
    column = sheet.column(field)
    if column is None or column.index >= len(cells):
        return None
    value = _number(sheet, index, cells, field)
    if value is None or not column.percent:
        return value
    percent = value * scales.get(field, 1.0)
    if percent > 100:
        raise ImportRejected(
            t(
                "programme.percent_over_100",
                where=sheet.where(index, column),
                value=cells[column.index],
            )
        )
    return agreed * percent / 100.0


def _lost_days(sheet: Sheet, index: int, days: dict[str, float | None]) -> float:
    lost = days["lost_days"]
    for first, second in (("self_cert_days", "doctor_cert_days"), ("short_days", "long_days")):
        part_a, part_b = days[first], days[second]
        if part_a is None or part_b is None:
            continue
        if lost is None:
            lost = part_a + part_b
        elif abs(part_a + part_b - lost) > max(SPLIT_TOLERANCE_DAYS, SPLIT_TOLERANCE_SHARE * lost):
            raise ImportRejected(
                t(
                    "programme.split_mismatch",
                    where=sheet.where(index, sheet.column(first)),
                    first=sheet.column(first).header,  # type: ignore[union-attr]
                    second=sheet.column(second).header,  # type: ignore[union-attr]
                    parts=_format(part_a + part_b),
                    lost=_format(lost),
                )
            )
    if lost is None:
        raise ImportRejected(t("programme.lost_missing", where=sheet.where(index)))
    return lost


def _check_days(sheet: Sheet, index: int, days: dict[str, float | None]) -> None:
    agreed, lost = days["agreed_days"], days["lost_days"]
    assert agreed is not None and lost is not None
    if lost > agreed + SPLIT_TOLERANCE_DAYS:
        raise ImportRejected(
            t(
                "programme.lost_over_agreed",
                where=sheet.where(index, sheet.column("lost_days")),
                lost=_format(lost),
                agreed=_format(agreed),
            )
        )


def _format(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def _names_to_codes(organisation: pd.DataFrame) -> dict[str, str]:
    """Lower-case unit and ansvar names → code, for files that give a name without a code."""
    names = {
        normalise_header(n): str(c)
        for n, c in zip(organisation["ansvar_name"], organisation["ansvar"], strict=True)
    }
    names |= {
        normalise_header(n): str(c)
        for n, c in zip(organisation["unit_name"], organisation["unit_code"], strict=True)
    }
    return names


def _code_field(sheet: Sheet) -> str:
    """The ansvar column when the file has one (the finer level), else the unit column."""
    return "ansvar" if sheet.column("ansvar") is not None else "unit"


def _unit_code(sheet: Sheet, index: int, cells: Sequence[Cell], names: dict[str, str]) -> str:
    value = sheet.cell(cells, _code_field(sheet))
    code, name = split_code_and_name(value)
    if code:
        return code
    found = names.get(normalise_header(name)) or names.get(
        normalise_header(sheet.cell(cells, "unit_name"))
    )
    if found is None:
        raise ImportRejected(
            t(
                "programme.unit_unknown",
                where=sheet.where(index, sheet.column(_code_field(sheet))),
                value=value,
            )
        )
    return found


def _ansvar_of(codes: set[str], organisation: pd.DataFrame) -> set[str]:
    """The ansvar codes behind unit or ansvar codes (unknown codes stand for themselves)."""
    in_units = organisation.loc[organisation["unit_code"].isin(codes), "ansvar"]
    known = set(organisation["unit_code"])
    return set(in_units) | {code for code in codes if code not in known}


# --- Kommunekompasset --------------------------------------------------------------------------

_AREA_LABEL = re.compile(r"^(?:fokusområde|område|omrade)?\s*([1-9]\d*)\s*[.:)\-–]?\s*(.*)$")
_DATE_TEXT = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_VERSION_WORDS = {"klassisk": "classic", "classic": "classic", "gammel": "classic",
                  "2020": "2020", "ny": "2020", "revidert": "2020"}  # fmt: skip


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


def import_kompass(
    store: Store, access: Access, tables: list[RawTable], file_name: str, data: bytes, user: str
) -> str:
    """Kommunekompasset evaluations in one of three layouts: a row per evaluation (date, eight
    area columns, optional sum), a column per evaluation (areas down the first column, a sum
    row), or a row per area score (date, area, points). Existing evaluations of the same date
    are replaced."""
    require_programme_write(access)
    sheet = find_sheet("kompass", tables, (), min_matches=1)
    entries = _kompass_entries(sheet)
    if not entries:
        raise ImportRejected(t("programme.import_empty", where=sheet.where(sheet.header_index)))
    evaluations = [evaluation_of(entry) for entry in entries]
    with store.transaction() as tx:
        upload_id = insert_upload(
            tx,
            "kompass",
            file_name,
            sha256_of(data),
            user,
            len(evaluations),
            {"dates": [e.evaluated_on.isoformat() for e in evaluations]},
        )
        for evaluation in evaluations:
            scores = [(area.number, area.name, area.score) for area in evaluation.areas]
            replace_evaluation(
                tx, evaluation.evaluated_on, evaluation.version, evaluation.note, scores, upload_id
            )
    dates = ", ".join(e.evaluated_on.strftime("%d.%m.%Y") for e in evaluations)
    return t("programme.imported_kompass", count=len(evaluations), dates=dates)


def _kompass_entries(sheet: Sheet) -> list[KompassEntry]:
    if sheet.column("area") and sheet.column("score"):
        return _entries_by_area_row(sheet)
    if sheet.column("area"):
        return _entries_by_column(sheet)
    if sheet.column("date") or sheet.column("year"):
        return _entries_by_row(sheet)
    raise ImportRejected(
        t(
            "programme.import_missing_columns",
            where=sheet.where(sheet.header_index),
            missing=t("programme.field_date"),
        )
    )


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
        raise ImportRejected(t("programme.kompass_numbers", where=entry.where))
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


def _date_of(value: object) -> dt.date | None:
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


def _score(sheet: Sheet, index: int, column: Column, value: object) -> float | None:
    """A score cell as a number, ImportRejected naming the cell when it is text or outside 0–100."""
    number = _plain_number(value)
    if number is None or not 0 <= number <= MAX_AREA_SCORE:
        if _is_blank(value):
            return None
        raise ImportRejected(
            t(
                "kompass.score_out_of_range",
                where=sheet.where(index, column),
                name=column.header,
                value=value,
            )
        )
    return number


def _cell_at(cells: Sequence[Cell], column: Column) -> Cell:
    return cells[column.index] if column.index < len(cells) else ""


def _version_of(value: object) -> str | None:
    return _VERSION_WORDS.get(normalise_header(value))


def _entries_by_row(sheet: Sheet) -> list[KompassEntry]:
    """A row per evaluation; every header cell that names no known field is an area."""
    area_columns = _unknown_columns(sheet)
    entries = []
    for evaluated_on, rows in _rows_by_date(sheet).items():
        index, cells = rows[-1]  # the same date twice: the lower row wins, as in the store
        scores = tuple(
            _score(sheet, index, column, _cell_at(cells, column)) for column in area_columns
        )
        entries.append(
            KompassEntry(
                evaluated_on,
                tuple(column.header for column in area_columns),
                scores,
                _number(sheet, index, cells, "total"),
                _version_of(sheet.cell(cells, "version")),
                normalise_code(sheet.cell(cells, "note")),
                sheet.where(index),
            )
        )
    return entries


def _unknown_columns(sheet: Sheet) -> list[Column]:
    """The header cells that name no known field: in a row per evaluation, the areas."""
    known = {column.index for column in sheet.columns}
    header = sheet.table.rows[sheet.header_index]
    return [
        Column(index, str(cell).strip(), "area")
        for index, cell in enumerate(header)
        if index not in known and not _is_blank(cell)
    ]


def _entries_by_column(sheet: Sheet) -> list[KompassEntry]:
    """Areas down the area column, an evaluation per column headed by its date or year; a row
    labelled Sum or Totalt holds the stated totals."""
    area_column = sheet.column("area")
    assert area_column is not None
    header = sheet.table.rows[sheet.header_index]
    dated = [
        (Column(index, str(cell).strip(), "score"), _date_of(cell))
        for index, cell in enumerate(header)
        if index != area_column.index and _date_of(cell) is not None
    ]
    rows = sheet.data_rows()
    area_rows = [(i, cells) for i, cells in rows if not _is_sum_label(cells[area_column.index])]
    sum_rows = [(i, cells) for i, cells in rows if _is_sum_label(cells[area_column.index])]
    entries = []
    for column, evaluated_on in dated:
        assert evaluated_on is not None
        scores = tuple(_score(sheet, i, column, _cell_at(cells, column)) for i, cells in area_rows)
        if all(score is None for score in scores):
            continue
        stated = _plain_number(_cell_at(sum_rows[0][1], column)) if sum_rows else None
        labels = tuple(str(cells[area_column.index]).strip() for _, cells in area_rows)
        where = describe_place(
            sheet.table.file_name,
            sheet.table.sheet,
            sheet.table.row_number(sheet.header_index),
            column.index,
            column.header,
        )
        entries.append(KompassEntry(evaluated_on, labels, scores, stated, None, "", where))
    return entries


def _entries_by_area_row(sheet: Sheet) -> list[KompassEntry]:
    """A row per area score: date (or year), area, points; rows labelled Sum are totals."""
    _require_one_of(sheet, ("date", "year"), "date")
    score_column = sheet.column("score")
    assert score_column is not None
    entries = []
    for evaluated_on, rows in _rows_by_date(sheet).items():
        area_rows = [(i, c) for i, c in rows if not _is_sum_label(sheet.cell(c, "area"))]
        sums = [c for _, c in rows if _is_sum_label(sheet.cell(c, "area"))]
        first = rows[0][1]
        entries.append(
            KompassEntry(
                evaluated_on,
                tuple(_area_text(sheet, c) for _, c in area_rows),
                tuple(_score(sheet, i, score_column, sheet.cell(c, "score")) for i, c in area_rows),
                _plain_number(sheet.cell(sums[0], "score")) if sums else None,
                _version_of(sheet.cell(first, "version")),
                normalise_code(sheet.cell(first, "note")),
                sheet.where(rows[0][0]),
            )
        )
    return entries


def _rows_by_date(sheet: Sheet) -> dict[dt.date, list[tuple[int, Sequence[Cell]]]]:
    """The data rows grouped by their evaluation date; ImportRejected for a cell that is none."""
    date_column = sheet.column("date") or sheet.column("year")
    assert date_column is not None
    groups: dict[dt.date, list[tuple[int, Sequence[Cell]]]] = {}
    for index, cells in sheet.data_rows():
        value = sheet.cell(cells, date_column.field)
        evaluated_on = _date_of(value)
        if evaluated_on is None:
            raise ImportRejected(
                t("programme.date_invalid", where=sheet.where(index, date_column), value=value)
            )
        groups.setdefault(evaluated_on, []).append((index, cells))
    return groups


def _area_text(sheet: Sheet, cells: Sequence[Cell]) -> str:
    number = normalise_code(sheet.cell(cells, "area_no"))
    name = normalise_code(sheet.cell(cells, "area"))
    return f"{number} {name}".strip() if number.isdigit() else name


# --- risks and milestones ----------------------------------------------------------------------


def _frame_of(sheet: Sheet, fields: tuple[str, ...]) -> tuple[pd.DataFrame, list[int]]:
    """The data rows as a frame with one column per field, and each row's 0-based index."""
    rows = sheet.data_rows()
    frame = pd.DataFrame(
        [{field: sheet.cell(cells, field) for field in fields} for _, cells in rows],
        columns=list(fields),
    )
    return frame, [index for index, _ in rows]


def _where_in(sheet: Sheet, indices: list[int]) -> Callable[[int, str], str]:
    def where(number: int, field: str) -> str:
        return sheet.where(indices[number], sheet.column(field))

    return where


def import_risks(
    store: Store, access: Access, tables: list[RawTable], file_name: str, data: bytes, user: str
) -> str:
    """The risk register (risk, probability, consequence, optional factor, mitigation, owner);
    replaces the register in the app."""
    require_programme_write(access)
    sheet = find_sheet("risks", tables, ("risk", "probability", "consequence"))
    frame, indices = _frame_of(
        sheet, ("risk", "probability", "consequence", "factor", "mitigation", "owner")
    )
    risks = clean_risks(frame, _where_in(sheet, indices), first_row=0)
    if risks.empty:
        raise ImportRejected(t("programme.import_empty", where=sheet.where(sheet.header_index)))
    with store.transaction() as tx:
        insert_upload(tx, "risks", file_name, sha256_of(data), user, len(risks), {})
        replace_risks(tx, risks)
    return t("programme.imported_risks", count=len(risks))


def import_milestones(
    store: Store, access: Access, tables: list[RawTable], file_name: str, data: bytes, user: str
) -> str:
    """The milestone plan (working group, year, week, kind, description); without a year
    column the year is taken from the title above the header ("Milepælsplan 2026")."""
    require_programme_write(access)
    sheet = find_sheet("milestones", tables, ("working_group", "week", "kind"))
    frame, indices = _frame_of(sheet, ("working_group", "year", "week", "kind", "description"))
    if sheet.column("year") is None:
        year = _year_in_title(sheet)
        if year is None:
            raise ImportRejected(
                t(
                    "programme.import_missing_columns",
                    where=sheet.where(sheet.header_index),
                    missing=t("programme.field_year"),
                )
            )
        frame = frame.assign(year=year)
    milestones = clean_milestones(frame, _where_in(sheet, indices), first_row=0)
    if milestones.empty:
        raise ImportRejected(t("programme.import_empty", where=sheet.where(sheet.header_index)))
    with store.transaction() as tx:
        insert_upload(tx, "milestones", file_name, sha256_of(data), user, len(milestones), {})
        replace_milestones(tx, milestones)
    return t(
        "programme.imported_milestones",
        count=len(milestones),
        groups=milestones["working_group"].nunique(),
    )


def _year_in_title(sheet: Sheet) -> int | None:
    for cells in sheet.table.rows[: sheet.header_index]:
        for cell in cells:
            match = re.search(r"\b(20\d\d)\b", str(cell))
            if match:
                return int(match.group(1))
    return None


def _importers() -> dict[str, Callable[[Store, Access, list[RawTable], str, bytes, str], str]]:
    return {
        "sickleave": import_sick_leave,
        "kompass": import_kompass,
        "risks": import_risks,
        "milestones": import_milestones,
    }
