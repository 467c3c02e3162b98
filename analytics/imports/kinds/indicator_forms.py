"""The layouts indicator figures arrive in, each read into the same rows: definitions, targets
and values (`store.goals` columns).

- long: a row per indicator, unit, year and period, with value, target, optional direction
  («høyere er bedre» / «lavere er bedre»), unit of measure and yellow and red limits;
- employee_survey: KS's 10-FAKTOR, a row per unit and factor (factor, score, the national
  average) or a row per unit with the ten factors as columns (scores 1–5);
- user_survey: bedrekommune.no results, a row per service and question (score, the national
  average, answers);
- case_time: case processing, a row per case type (and unit) with cases decided and decided
  within the legal deadline (or the share within it), optionally the deadline and the days;
- kostra: Statistics Norway's statbank download, region × «statistikkvariabel» × year (years
  as a column or as columns), optionally «regnskapsomfang» (kommunekasse or konsern).

A survey score without a target of its own is measured against the national average; a case
type's share within the deadline against 100 % (red below 90 %). KOSTRA figures have no better
way and no light; the municipality's own region is found by its name.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from analytics.core.errors import ImportRejected
from analytics.core.names import KPIS, KS_FACTORS, MEASURE_UNITS, Kpi
from analytics.core.numbers import (
    AmountNotNumeric,
    normalise_code,
    parse_number,
    split_code_and_name,
)
from analytics.core.texts import t
from analytics.imports.layout import Layout, title_year
from analytics.imports.periods import month_from_value
from analytics.imports.reader import RawTable, display_cell, normalise_header
from analytics.imports.rows import SheetRow, data_rows, each_checked, is_sum_label
from analytics.store.goals import (
    DEFINITION_COLUMNS,
    MUNICIPALITY,
    TARGET_COLUMNS,
    VALUE_COLUMNS,
    VALUES,
)

FORMS = ("long", "employee_survey", "user_survey", "case_time", "kostra")
COMPARISON = ""  # the unit code of a region the municipality is compared with
SURVEY_BAND = {"employee_survey": 0.2, "user_survey": 0.3}  # points still yellow below target
CASE_TARGET, CASE_RED = 100.0, 90.0
KS10_RANGE = (1.0, 5.0)
_MISSING = frozenset({".", "..", "...", ":", "-", "–"})  # Statistics Norway: no figure
_DIRECTIONS = {
    "høyere er bedre": "higher",
    "høgare er betre": "higher",
    "høy": "higher",
    "høyere": "higher",
    "higher": "higher",
    "stigende": "higher",
    "lavere er bedre": "lower",
    "lågare er betre": "lower",
    "lav": "lower",
    "lavere": "lower",
    "lower": "lower",
    "synkende": "lower",
    "ingen": "none",
    "nøytral": "none",
    "none": "none",
}
_MEASURE_WORDS = {
    "%": "%",
    "prosent": "%",
    "pst": "%",
    "poeng": "points",
    "points": "points",
    "skår": "points",
    "dager": "days",
    "dagar": "days",
    "days": "days",
    "kr": "kr",
    "kroner": "kr",
    "nok": "kr",
    "antall": "count",
    "tal": "count",
    "count": "count",
    "stk": "count",
}
_PERIOD = re.compile(r"^(?:(\d)\s*\.?\s*(tertial|kvartal)|(t|k|q)\s*(\d))$")
_KOSTRA_UNIT = re.compile(r"\(([^)]*)\)\s*$")
_YEAR_HEADER = re.compile(r"(?:^|\s)((?:19|20)\d\d)$")


@dataclass
class IndicatorRows:
    """What a file holds, as the store keeps it: definitions, targets and values (rows)."""

    form: str
    definitions: dict[tuple[str, str], dict[str, object]] = field(default_factory=dict)
    targets: dict[tuple[str, str, int], dict[str, object]] = field(default_factory=dict)
    values: list[dict[str, object]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def define(self, key: str, unit_code: str, **fields: object) -> None:
        self.definitions[(key, unit_code)] = {
            "indicator_key": key,
            "unit_code": unit_code,
            "yellow_band": 0.0,
            "source": "",
            "description": "",
            "form": self.form,
        } | fields

    def aim(self, key: str, unit_code: str, year: int, target: float, **limits: object) -> None:
        self.targets[(key, unit_code, year)] = {
            "indicator_key": key,
            "unit_code": unit_code,
            "year": year,
            "target": target,
            "yellow_limit": limits.get("yellow"),
            "red_limit": limits.get("red"),
        }

    def add(self, key: str, unit_code: str, year: int, value: float, **more: object) -> None:
        self.values.append(
            {
                "indicator_key": key,
                "unit_code": unit_code,
                "region": "",
                "region_name": "",
                "accounts_scope": "",
                "year": year,
                "period_kind": "year",
                "period_month": 12,
                "value": value,
                "reference": None,
                "respondents": None,
            }
            | more
        )

    def frames(self) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
        """(definitions, targets, values) in the store's columns; a value given twice for the
        same scope counts once (the lower row)."""
        values = pd.DataFrame(self.values, columns=VALUE_COLUMNS)
        values = values.drop_duplicates(list(VALUES.scope), keep="last").astype(
            {
                "year": "int64",
                "period_month": "int64",
                "value": "float64",
                "reference": "float64",
                "respondents": "Int64",
            }
        )
        targets = pd.DataFrame(list(self.targets.values()), columns=TARGET_COLUMNS).astype(
            {
                "year": "int64",
                "target": "float64",
                "yellow_limit": "float64",
                "red_limit": "float64",
            }
        )
        definitions = pd.DataFrame(list(self.definitions.values()), columns=DEFINITION_COLUMNS)
        return definitions, targets, values.reset_index(drop=True)


# --- which layout ------------------------------------------------------------------------------


def form_of(layout: Layout) -> str | None:
    """The layout the sheet's columns make, or None when they make none."""
    has = layout.column
    factors = sum(has(f"ks10_{factor.number}") is not None for factor in KS_FACTORS)
    if has("region") is not None and has("statistic") is not None:
        return "kostra"
    if factors >= 5 or (has("factor") is not None and has("value") is not None):
        return "employee_survey"
    if has("case_type") is not None and (
        has("within_share") is not None or has("within_deadline") is not None
    ):
        return "case_time"
    if has("service") is not None and has("question") is not None and has("value") is not None:
        return "user_survey"
    if has("indicator") is not None and (has("value") is not None or has("target") is not None):
        return "long"
    return None


# --- units, years, periods, numbers ------------------------------------------------------------


class Units:
    """Finds the sector, unit or ansvar a cell names: by code («2100», «2100 Skole») or name."""

    def __init__(self, organisation: pd.DataFrame) -> None:
        self.by_word: dict[str, str] = {}
        self.sectors = frozenset(str(code) for code in organisation["sector_code"])
        for code_column, name_column in (
            ("sector_code", "sector_name"),
            ("unit_code", "unit_name"),
            ("ansvar", "ansvar_name"),
        ):
            for code, name in zip(
                organisation[code_column], organisation[name_column], strict=True
            ):
                self.by_word.setdefault(normalise_header(code), str(code))
                self.by_word.setdefault(normalise_header(name), str(code))
        for word in ("kommune", "hele kommunen", "kommunen", "totalt", "sum", "alle"):
            self.by_word[word] = MUNICIPALITY

    def code(self, row: SheetRow, field_name: str = "") -> str:
        """The unit code of the row's unit (or ansvar) cell; `kommune` when there is none."""
        column = field_name or ("unit" if row.layout.column("unit") is not None else "ansvar")
        cell = row.get(column)
        text = normalise_code(cell)
        if not text:
            return MUNICIPALITY
        code, name = split_code_and_name(cell)
        for word in (code, name, text):
            found = self.by_word.get(normalise_header(word)) if word else None
            if found:
                return found
        raise ImportRejected(
            t("indicator.import.unknown_unit", where=row.where(column), value=text)
        )


def year_of(row: SheetRow) -> int:
    """The row's year: its year cell, else the one year the title or sheet name gives."""
    cell = row.get("year")
    text = normalise_code(cell)
    if not text:
        year = title_year(row.layout)
        if year is None:
            raise ImportRejected(t("indicator.import.year_missing", where=row.where()))
        return year
    if re.fullmatch(r"(19|20)\d\d", text):
        return int(text)
    raise ImportRejected(t("indicator.import.bad_year", where=row.where("year"), value=text))


def period_of(row: SheetRow) -> tuple[str, int]:
    """(period kind, its last month) from the period or tertial cell; the year without one."""
    field_name = "tertial" if row.layout.column("tertial") is not None else "period"
    text = normalise_header(normalise_code(row.get(field_name)))
    if not text or re.fullmatch(r"(19|20)\d\d|år|hele året|året", text):
        return "year", 12
    if field_name == "tertial" and text.isdigit() and 1 <= int(text) <= 3:
        return "tertial", int(text) * 4
    match = _PERIOD.match(text.replace(".", ". ").replace("  ", " ").strip())
    if match:
        number = int(match.group(1) or match.group(4))
        mark = match.group(2) or match.group(3)
        kind, size, count = ("tertial", 4, 3) if mark in ("tertial", "t") else ("quarter", 3, 4)
        if 1 <= number <= count:
            return kind, number * size
    month = _month(text)
    if month is None:
        raise ImportRejected(
            t("indicator.import.bad_period", where=row.where(field_name), value=text)
        )
    return "month", month


def _month(text: str) -> int | None:
    if text.isdigit():
        return int(text) if 1 <= int(text) <= 12 else None
    return month_from_value(text)


def number(row: SheetRow, field_name: str, percent: bool = False) -> float | None:
    """The field's number (None for an empty cell or Statistics Norway's «.» and «:»);
    ImportRejected naming the cell for text."""
    cell = row.get(field_name)
    if normalise_code(cell) in _MISSING:
        return None
    return row.amount(field_name, percent=percent)


def signed_number(row: SheetRow, column: int) -> float | None:
    """A cell that may be negative (a KOSTRA result), None when there is no figure."""
    cell = row.at(column)
    if normalise_code(cell) in _MISSING:
        return None
    try:
        return parse_number(cell, percent=True)
    except AmountNotNumeric:
        where = row.layout.place(row.number, column)
        raise ImportRejected(
            t("import.rows.not_a_number", where=where, value=display_cell(cell))
        ) from None


def key_of(text: str, prefix: str = "") -> str:
    """An indicator key from a name: «Andel vedtak innen frist» → `andel_vedtak_innen_frist`."""
    slug = re.sub(r"[^0-9a-zæøåáčđŋšŧž]+", "_", normalise_header(text)).strip("_")
    return f"{prefix}{slug}"


def _builtin_key(name: str) -> str | None:
    """The built-in indicator a long-format row names by key or title, if any."""
    word = normalise_header(name)
    for indicator in KPIS:
        if word in (indicator.key, normalise_header(indicator.title)):
            return indicator.key
    return None


def _rows(table: RawTable, layout: Layout, label: str) -> list[SheetRow]:
    """The data rows, without sum rows (a sum label in the row's label column)."""
    return [row for row in data_rows(table, layout) if not is_sum_label(row.get(label))]


# --- long --------------------------------------------------------------------------------------


def read_long(
    table: RawTable, layout: Layout, units: Units, known: Mapping[str, Kpi]
) -> IndicatorRows:
    """The long format: a row per indicator, unit, year and period (see the module docstring)."""
    rows = IndicatorRows("long")

    def read(row: SheetRow) -> None:
        name = row.text("indicator")
        if not name:
            raise ImportRejected(t("indicator.import.name_missing", where=row.where("indicator")))
        key = _builtin_key(name) or _known_key(name, known) or key_of(name)
        unit_code, year = units.code(row), year_of(row)
        if key not in {indicator.key for indicator in KPIS}:
            rows.define(
                key,
                unit_code,
                name=name,
                measure_unit=_measure(row, known.get(key)),
                direction=_direction(row, known.get(key)),
                source=row.text("source"),
            )
        target = number(row, "target", percent=True)
        if target is not None:
            yellow = number(row, "yellow_limit", percent=True)
            red = number(row, "red_limit", percent=True)
            rows.aim(key, unit_code, year, target, yellow=yellow, red=red)
        value = number(row, "value", percent=True)
        if value is not None:
            kind, month = period_of(row)
            rows.add(key, unit_code, year, value, period_kind=kind, period_month=month)

    each_checked(_rows(table, layout, "indicator"), read)
    return rows


def _known_key(name: str, known: Mapping[str, Kpi]) -> str | None:
    word = normalise_header(name)
    return next((key for key, item in known.items() if normalise_header(item.title) == word), None)


def _measure(row: SheetRow, earlier: Kpi | None) -> str:
    text = normalise_header(row.get("measure_unit"))
    if text:
        found = _MEASURE_WORDS.get(text, text if text in MEASURE_UNITS else "")
        if not found:
            choices = ", ".join(sorted(set(_MEASURE_WORDS) - {"points", "days", "count"}))
            raise ImportRejected(
                t(
                    "indicator.import.bad_measure",
                    where=row.where("measure_unit"),
                    value=text,
                    choices=choices,
                )
            )
        return found
    if "%" in str(row.get("value")) or "%" in normalise_header(
        row.layout.headers[row.layout.column("value") or 0]
    ):
        return "%"
    return earlier.unit if earlier else "count"


def _direction(row: SheetRow, earlier: Kpi | None) -> str:
    text = normalise_header(row.get("direction"))
    if not text:
        return earlier.direction if earlier else "higher"
    found = _DIRECTIONS.get(text)
    if found is None:
        raise ImportRejected(
            t("indicator.import.bad_direction", where=row.where("direction"), value=text)
        )
    return found


# --- surveys -----------------------------------------------------------------------------------


def read_employee_survey(table: RawTable, layout: Layout, units: Units) -> IndicatorRows:
    """10-FAKTOR: a row per unit and factor, or a row per unit with the factors as columns.
    A row for Norway (Norge, Landet) gives the national average in the wide layout."""
    rows = IndicatorRows("employee_survey")
    label = "unit" if layout.column("unit") is not None else "ansvar"
    national: dict[tuple[int, str], float] = {}
    scores: list[tuple[SheetRow, str, str, float, float | None]] = []

    def read(row: SheetRow) -> None:
        year = year_of(row)
        for factor_key, score, reference, where in _factor_scores(row):
            if normalise_header(row.get(label)) in _NATIONAL:
                national[(year, factor_key)] = score
                continue
            _check_range(score, KS10_RANGE, where)
            scores.append((row, units.code(row), factor_key, score, reference))

    each_checked(_rows(table, layout, label), read)
    for row, unit_code, factor_key, score, reference in scores:
        year = year_of(row)
        reference = reference if reference is not None else national.get((year, factor_key))
        _survey_row(
            rows,
            row,
            f"ks10.{factor_key}",
            t(f"ks10.factor.{factor_key}"),
            unit_code,
            score,
            reference,
            t("indicator.source.ks10"),
        )
    return rows


_NATIONAL = frozenset({"norge", "landet", "snitt norge", "landsgjennomsnitt", "nasjonalt"})


def _factor_scores(row: SheetRow) -> list[tuple[str, float, float | None, str]]:
    """(factor key, score, national average, where) of the row, in either layout."""
    layout = row.layout
    if layout.column("factor") is not None:
        factor = _factor_named(row)
        score = number(row, "value")
        if score is None:
            return []
        return [(factor, score, number(row, "national_average"), row.where("value"))]
    found: list[tuple[str, float, float | None, str]] = []
    for item in KS_FACTORS:
        column = layout.column(f"ks10_{item.number}")
        if column is None:
            continue
        score = signed_number(row, column)
        if score is not None:
            found.append((item.key, score, None, layout.place(row.number, column)))
    return found


def _factor_named(row: SheetRow) -> str:
    text = normalise_header(re.sub(r"^\s*\d+\s*[.:)]?\s*", "", row.text("factor")))
    for factor in KS_FACTORS:
        if text in (*factor.words, factor.key, normalise_header(factor.name)):
            return factor.key
    names = ", ".join(factor.name for factor in KS_FACTORS)
    raise ImportRejected(
        t(
            "indicator.import.unknown_factor",
            where=row.where("factor"),
            value=row.text("factor"),
            factors=names,
        )
    )


def _check_range(score: float, bounds: tuple[float, float], where: str) -> None:
    low, high = bounds
    if not low <= score <= high:
        raise ImportRejected(
            t(
                "indicator.import.out_of_range",
                where=where,
                value=f"{score:g}".replace(".", ","),
                low=f"{low:g}",
                high=f"{high:g}",
            )
        )


def _survey_row(
    rows: IndicatorRows,
    row: SheetRow,
    key: str,
    name: str,
    unit_code: str,
    score: float,
    reference: float | None,
    source: str,
) -> None:
    """One survey score: its definition, its value, and its target (its own, else the
    national average)."""
    year = year_of(row)
    rows.define(
        key,
        unit_code,
        name=name,
        measure_unit="points",
        direction="higher",
        yellow_band=SURVEY_BAND[rows.form],
        source=row.text("source") or source,
    )
    respondents = number(row, "respondents")
    rows.add(
        key,
        unit_code,
        year,
        score,
        reference=reference,
        respondents=int(respondents) if respondents is not None else None,
    )
    target = number(row, "target")
    if target is None:
        target = reference
    if target is not None:
        rows.aim(key, unit_code, year, target)


def read_user_survey(table: RawTable, layout: Layout, units: Units) -> IndicatorRows:
    """bedrekommune.no: a row per service and question (and unit), score and national average."""
    rows = IndicatorRows("user_survey")

    def read(row: SheetRow) -> None:
        service, question = row.text("service"), row.text("question")
        score = number(row, "value")
        if not service or not question or score is None:
            return
        key = f"bruker.{key_of(service)}.{key_of(question)}"
        name = t("indicator.user_survey_name", service=service, question=question)
        _survey_row(
            rows,
            row,
            key,
            name,
            units.code(row),
            score,
            number(row, "national_average"),
            t("indicator.source.bedrekommune"),
        )

    each_checked(_rows(table, layout, "service"), read)
    return rows


# --- case processing times ---------------------------------------------------------------------


def read_case_times(table: RawTable, layout: Layout, units: Units) -> IndicatorRows:
    """A row per case type (and unit, year, period): the share decided within the legal
    deadline (given, or decided within ÷ decided), and the processing days where given."""
    rows = IndicatorRows("case_time")

    def read(row: SheetRow) -> None:
        case_type = row.text("case_type")
        share, decided = _within_share(row)
        if not case_type or share is None:
            return
        unit_code, year = units.code(row), year_of(row)
        kind, month = period_of(row)
        key = f"saker.{key_of(case_type)}"
        deadline = row.text("deadline")
        description = t("indicator.case_deadline", deadline=deadline) if deadline else ""
        rows.define(
            key,
            unit_code,
            name=t("indicator.case_share_name", case=case_type),
            measure_unit="%",
            direction="higher",
            yellow_band=CASE_TARGET - CASE_RED,
            source=row.text("source"),
            description=description,
        )
        rows.add(
            key, unit_code, year, share, period_kind=kind, period_month=month, respondents=decided
        )
        target = number(row, "target", percent=True)
        rows.aim(key, unit_code, year, CASE_TARGET if target is None else target)
        days = number(row, "processing_days")
        if days is not None:
            rows.define(
                f"{key}.dager",
                unit_code,
                name=t("indicator.case_days_name", case=case_type),
                measure_unit="days",
                direction="lower",
                description=description,
            )
            rows.add(f"{key}.dager", unit_code, year, days, period_kind=kind, period_month=month)

    each_checked(_rows(table, layout, "case_type"), read)
    return rows


def _within_share(row: SheetRow) -> tuple[float | None, int | None]:
    """(% decided within the deadline, cases decided): the share column, else within ÷ decided."""
    decided = number(row, "decided")
    count = int(decided) if decided is not None else None
    share = number(row, "within_share", percent=True)
    if share is not None:
        share = share * 100 if share <= 1 and "%" not in str(row.get("within_share")) else share
        if share > 100:
            raise ImportRejected(t("indicator.import.share_over", where=row.where("within_share")))
        return round(share, 2), count
    within = number(row, "within_deadline")
    if within is None or not decided:
        return None, count
    if within > decided:
        raise ImportRejected(t("indicator.import.within_over", where=row.where("within_deadline")))
    return round(within / decided * 100, 2), count


# --- KOSTRA ------------------------------------------------------------------------------------


def read_kostra(table: RawTable, layout: Layout, own_names: Sequence[str]) -> IndicatorRows:
    """Statistics Norway's statbank layout (see the module docstring); each figure under its
    region, the municipality's own as `kommune`, the others as comparisons."""
    rows = IndicatorRows("kostra")
    year_columns = _year_columns(layout)
    value_columns = year_columns or [(_value_column(layout), None)]
    data = _rows(table, layout, "region")
    own = _own_region(data, own_names)
    if own is None:
        rows.warnings.append(t("indicator.import.own_region_missing"))

    def read(row: SheetRow) -> None:
        region, region_name = split_code_and_name(row.get("region"))
        region = region or region_name
        statistic = row.text("statistic")
        if not region or not statistic:
            return
        scope = _accounts_scope(row)
        key, name, measure, factor = kostra_indicator(statistic, scope)
        unit_code = MUNICIPALITY if region == own else COMPARISON
        rows.define(
            key,
            MUNICIPALITY,
            name=name,
            measure_unit=measure,
            direction="none",
            source=t("indicator.source.kostra"),
        )
        for column, header_year in value_columns:
            value = signed_number(row, column)
            if value is None or math.isnan(value):
                continue
            year = header_year if header_year is not None else year_of(row)
            rows.add(
                key,
                unit_code,
                year,
                value * factor,
                region=region,
                region_name=region_name,
                accounts_scope=scope,
            )

    each_checked(data, read)
    return rows


def _year_columns(layout: Layout) -> list[tuple[int, int | None]]:
    """The columns headed by a year (a column per year), when the sheet has no year column."""
    if layout.column("year") is not None:
        return []
    found: list[tuple[int, int | None]] = []
    for index in layout.unrecognised():
        match = _YEAR_HEADER.search(normalise_header(layout.headers[index]))
        if match:
            found.append((index, int(match.group(1))))
    return found


def _value_column(layout: Layout) -> int:
    """The figures' column: the one named as value, else the last column of no known field."""
    column = layout.column("value")
    if column is not None:
        return column
    unknown = layout.unrecognised()
    if not unknown:
        raise ImportRejected(
            t("indicator.import.kostra_no_values", where=layout.place(layout.header_row_number))
        )
    return unknown[-1]


def _own_region(rows: Sequence[SheetRow], own_names: Sequence[str]) -> str | None:
    """The code of the municipality's own region (found by its name)."""
    wanted = {normalise_header(name) for name in own_names if name}
    for row in rows:
        code, name = split_code_and_name(row.get("region"))
        bare = re.sub(r"\s*\(.*\)$", "", name)
        if normalise_header(name) in wanted or normalise_header(bare) in wanted:
            return code or name
    return None


def _accounts_scope(row: SheetRow) -> str:
    text = normalise_header(row.get("accounts_scope"))
    if not text:
        return ""
    if text.startswith("kommunekasse") or text == "kasse":
        return "kommunekasse"
    if "konsern" in text:
        return "konsern"
    raise ImportRejected(
        t("indicator.import.bad_scope", where=row.where("accounts_scope"), value=text)
    )


def kostra_indicator(statistic: str, scope: str) -> tuple[str, str, str, float]:
    """(key, name, unit of measure, factor to it) of a «statistikkvariabel»: the unit is read
    from its brackets («(prosent)», «(kr)», «(1000 kr)»); the scope is part of key and name."""
    match = _KOSTRA_UNIT.search(statistic)
    unit_text = normalise_header(match.group(1)) if match else ""
    measure, factor = "count", 1.0
    if "prosent" in unit_text or unit_text == "%":
        measure = "%"
    elif "1000 kr" in unit_text:
        measure, factor = "kr", 1000.0
    elif "kr" in unit_text:
        measure = "kr"
    elif "dager" in unit_text:
        measure = "days"
    key = key_of(statistic, "kostra.") + (f".{scope}" if scope else "")
    name = f"{statistic} ({t(f'indicator.scope.{scope}')})" if scope else statistic
    return key, name, measure, factor
