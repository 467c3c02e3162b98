"""Sick leave per unit (or ansvar) and month or quarter, from HR exports.

A row gives the agreed days ("avtalte" or "mulige dagsverk") and the lost days in total, split
(self- and doctor-certified, short and long term), or as percentages of the agreed days
(a cell formatted as % in Excel arrives as 0.065); optionally the headcount. A quarter is
spread evenly over its three months so that the days of the quarter add up. Headers vary
(bokmål and nynorsk, with or without "dagsverk" or "%"); sum rows are skipped. A newer upload
of the same year, month and unit replaces the older rows; a budget holder imports and undoes
only rows of their own units.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from analytics.core.access import Access
from analytics.core.errors import ImportRejected
from analytics.core.numbers import number_or_none, split_code_and_name
from analytics.core.texts import t
from analytics.imports.kind import (
    BY_ANSVAR,
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
from analytics.imports.layout import (
    Layout,
    choose_table,
    describe_roles,
    recognise_layout,
    sure_score,
)
from analytics.imports.periods import Period, parse_period
from analytics.imports.reader import normalise_header
from analytics.imports.rows import (
    CellErrors,
    SheetRow,
    column_header,
    data_rows,
    each_checked,
    is_sum_label,
    require_columns,
)
from analytics.store import Store
from analytics.store.organisation import read_organisation
from analytics.store.sickleave import (
    SICK_LEAVE_COLUMNS,
    current_sick_leave_in_scope,
    store_sick_leave_upload,
)
from analytics.store.uploads import SICK_LEAVE

VOCABULARY = "sickleave"
SPLIT_TOLERANCE_DAYS = 0.5  # HR exports round each part to tenths or whole days
SPLIT_TOLERANCE_SHARE = 0.01
DAY_FIELDS = ("lost_days", "self_cert_days", "doctor_cert_days", "short_days", "long_days")
SPLITS = (("self_cert_days", "doctor_cert_days"), ("short_days", "long_days"))
NEEDED = {
    "agreed_days": ("agreed_days",),
    "unit_or_ansvar": ("unit", "ansvar"),
    "month_or_quarter": ("period", "quarter"),
}


@dataclass(frozen=True)
class SickLeaveCoverage:
    """What a sick-leave upload covers: its months (year × 100 + month) and unit codes."""

    years: tuple[int, ...]
    months: tuple[int, ...]
    units: tuple[str, ...]

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(self.units)

    @property
    def periods(self) -> tuple[int, ...]:
        return tuple(sorted({month % 100 for month in self.months}))

    def describe(self) -> str:
        if not self.months:
            return t("import.coverage_sickleave_years", years=_year_span(self.years))
        return t(
            "import.coverage_sickleave",
            first=_month_text(self.months[0]),
            last=_month_text(self.months[-1]),
            units=len(self.units),
        )

    def to_json(self) -> dict[str, Any]:
        return {"years": list(self.years), "months": list(self.months), "units": list(self.units)}


def _month_text(month: int) -> str:
    return f"{month % 100:02d}.{month // 100}"


def _year_span(years: tuple[int, ...]) -> str:
    if len(years) <= 2:
        return ", ".join(str(year) for year in years)
    return f"{years[0]}–{years[-1]}"


def read_coverage(raw: Mapping[str, Any], upload_kind: str) -> SickLeaveCoverage:
    return SickLeaveCoverage(
        tuple(int(y) for y in json_field(raw, "years", [])),
        tuple(int(m) for m in json_field(raw, "months", [])),
        tuple(str(u) for u in json_field(raw, "units", [])),
    )


def coverage_of(rows: pd.DataFrame) -> SickLeaveCoverage:
    months = sorted(
        {int(y) * 100 + int(m) for y, m in zip(rows["year"], rows["month"], strict=True)}
    )
    return SickLeaveCoverage(
        tuple(sorted({month // 100 for month in months})),
        tuple(months),
        tuple(sorted(str(code) for code in rows["unit_code"].unique())),
    )


# --- recognising and reading -------------------------------------------------------------------


def recognise(source: Source) -> int:
    """Sure of a sheet with an agreed-days column (nothing else has one)."""
    return sure_score(
        source.tables, VOCABULARY, lambda layout: layout.column("agreed_days") is not None
    )


def prepare(store: Store, access: Access, source: Source, options: ImportOptions) -> PreparedImport:
    """The sick-leave rows of the file, checked, and the rows they replace."""
    table = choose_table(source.tables, source.file_name, VOCABULARY, ("agreed_days",))
    layout = recognise_layout(table, vocabulary=VOCABULARY)
    require_columns(layout, NEEDED)
    rows, sum_rows = read_sick_leave_rows(
        layout, data_rows(table, layout), read_organisation(store)
    )
    if rows.empty:
        raise ImportRejected(t("import.rows.empty", where=layout.place(layout.header_row_number)))
    coverage = coverage_of(rows)
    replaced = current_sick_leave_in_scope(store, rows)
    preview = Preview(
        file_name=source.file_name,
        sha256=source.sha256,
        sheet=layout.sheet,
        kind="sickleave",
        form="rows",
        row_count=len(rows),
        coverage=coverage,
        facts=(
            (t("import.page.kind_label"), t("import.kind.sickleave")),
            (t("import.page.years"), ", ".join(str(y) for y in coverage.years)),
            (t("import.preview.months"), str(len(coverage.months))),
            (t("import.preview.units"), str(len(coverage.units))),
            (t("import.preview.rows"), str(len(rows))),
        ),
        stored=stored_table(rows),
        replaced=_replaced_table(replaced),
        replaces=replaced_ids(replaced["upload_id"]),
        columns=tuple(describe_roles(layout)),
        layout_digest=layout.digest,
        sum_rows=sum_rows,
    )
    return PreparedImport("sickleave", preview, rows)


def read_sick_leave_rows(
    layout: Layout, rows: list[SheetRow], organisation: pd.DataFrame
) -> tuple[pd.DataFrame, int]:
    """The rows as sick-leave rows (SICK_LEAVE_COLUMNS, by year, month and unit) and the number
    of sum rows left out. Every bad cell is listed in one refusal."""
    scales = percent_scales(layout, rows)
    names = names_to_codes(organisation)
    kept = [row for row in rows if not _is_sum_row(row)]
    errors = CellErrors()
    read = each_checked(kept, lambda row: _records_of(row, scales, names), errors)
    records = [record for records in read for record in records]
    _refuse_duplicates(records, layout, errors)
    errors.raise_if_any()
    frame = pd.DataFrame(records, columns=["row", *SICK_LEAVE_COLUMNS])
    frame = frame.sort_values(["year", "month", "unit_code"], ignore_index=True)
    return frame[SICK_LEAVE_COLUMNS], len(rows) - len(kept)


def _is_sum_row(row: SheetRow) -> bool:
    return any(is_sum_label(row.get(field)) for field in ("ansvar", "unit", "unit_name"))


def _records_of(
    row: SheetRow, scales: dict[str, float], names: dict[str, str]
) -> list[dict[str, object]]:
    code = unit_code(row, names)
    period = period_of(row)
    days = days_of(row, scales)
    return [
        {
            "row": row.number,
            "year": period.year,
            "month": month,
            "unit_code": code,
            **_scaled(days, share),
        }
        for month, share in months_of(period)
    ]


def _refuse_duplicates(
    records: list[dict[str, object]], layout: Layout, errors: CellErrors
) -> None:
    seen: dict[tuple[object, object, object], object] = {}
    for record in records:
        key = (record["year"], record["month"], record["unit_code"])
        first = seen.setdefault(key, record["row"])
        if first != record["row"]:
            where = layout.place(int(str(record["row"])))
            errors.add(t("import.rows.duplicate_row", where=where, other=first))


def months_of(period: Period) -> list[tuple[int, float]]:
    """(month, share of the period's days) for a month or a quarter."""
    if period.month is not None:
        return [(period.month, 1.0)]
    first = ((period.quarter or 1) - 1) * 3 + 1
    return [(month, 1 / 3) for month in range(first, first + 3)]


def _scaled(days: dict[str, float | None], share: float) -> dict[str, float | None]:
    return {
        field: (value if value is None or field == "headcount" else value * share)
        for field, value in days.items()
    }


def percent_scales(layout: Layout, rows: list[SheetRow]) -> dict[str, float]:
    """Per percentage column, what turns its numbers into percent: 1, or 100 when the file
    holds fractions (a cell formatted as % in Excel is read as 0.065). The total's column
    decides for all when it is there, since one export uses one convention."""
    scales: dict[str, float] = {}
    for index, role in enumerate(layout.roles):
        if role is None or not role.percent:
            continue
        present = [v for v in (number_or_none(row.at(index)) for row in rows) if v is not None]
        scales[role.field] = 100.0 if present and max(present) <= 1.0 else 1.0
    if "lost_days" in scales:
        return dict.fromkeys(scales, scales["lost_days"])
    return scales


def period_of(row: SheetRow) -> Period:
    """The row's month or quarter with its year; ImportRejected naming the cell otherwise."""
    field = "period" if row.layout.column("period") is not None else "quarter"
    value = row.get(field)
    period = parse_period(value, quarter_column=field == "quarter")
    if period is None or (period.month is not None and period.month > 12):
        raise ImportRejected(t("import.rows.period_invalid", where=row.where(field), value=value))
    if period.year is not None:
        return period
    year = row.amount("year") if row.layout.column("year") is not None else None
    if year is None or not year.is_integer() or not 1900 < year < 2200:
        where = row.where("year" if row.layout.column("year") is not None else field)
        raise ImportRejected(t("import.rows.year_missing", where=where))
    return Period(int(year), period.month, period.quarter)


def days_of(row: SheetRow, scales: dict[str, float]) -> dict[str, float | None]:
    """Agreed, lost and split days (from days or from % of the agreed days) and headcount."""
    agreed = row.amount("agreed_days")
    if agreed is None:
        raise ImportRejected(t("import.rows.agreed_missing", where=row.where("agreed_days")))
    days: dict[str, float | None] = {"agreed_days": agreed}
    for field in DAY_FIELDS:
        days[field] = _days_or_percent(row, field, agreed, scales)
    lost = days["lost_days"] = _lost_days(row, days)
    headcount = row.amount("headcount")
    days["headcount"] = None if headcount is None else float(round(headcount))
    if lost > agreed + SPLIT_TOLERANCE_DAYS:
        raise ImportRejected(
            t(
                "import.rows.lost_over_agreed",
                where=row.where("lost_days"),
                lost=_format(lost),
                agreed=_format(agreed),
            )
        )
    return days


def _days_or_percent(
    row: SheetRow, field: str, agreed: float, scales: dict[str, float]
) -> float | None:
    column = row.layout.column(field)
    if column is None:
        return None
    role = row.layout.roles[column]
    percent = role is not None and role.percent
    value = row.amount(field, percent=percent)
    if value is None or not percent:
        return value
    share = value * scales.get(field, 1.0)
    if share > 100:
        raise ImportRejected(
            t("import.rows.percent_over_100", where=row.where(field), value=row.get(field))
        )
    return agreed * share / 100.0


def _lost_days(row: SheetRow, days: dict[str, float | None]) -> float:
    lost = days["lost_days"]
    for first, second in SPLITS:
        part_a, part_b = days[first], days[second]
        if part_a is None or part_b is None:
            continue
        if lost is None:
            lost = part_a + part_b
        elif abs(part_a + part_b - lost) > max(SPLIT_TOLERANCE_DAYS, SPLIT_TOLERANCE_SHARE * lost):
            raise ImportRejected(
                t(
                    "import.rows.split_mismatch",
                    where=row.where(first),
                    first=column_header(row.layout, first),
                    second=column_header(row.layout, second),
                    parts=_format(part_a + part_b),
                    lost=_format(lost),
                )
            )
    if lost is None:
        raise ImportRejected(t("import.rows.lost_missing", where=row.where()))
    return lost


def _format(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def names_to_codes(organisation: pd.DataFrame) -> dict[str, str]:
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


def unit_code(row: SheetRow, names: dict[str, str]) -> str:
    """The row's ansvar code (the finer level, where the file has one) or unit code; a name
    without a code is looked up in the organisation."""
    field = "ansvar" if row.layout.column("ansvar") is not None else "unit"
    code, name = split_code_and_name(row.get(field))
    if code:
        return code
    written = [name, row.text("unit_name"), row.text("ansvar_name")]
    found = next((names[key] for key in map(normalise_header, written) if key in names), None)
    if found is None:
        raise ImportRejected(
            t("import.rows.unit_unknown", where=row.where(field), value=row.get(field))
        )
    return found


# --- preview, storing and undoing --------------------------------------------------------------


def stored_table(rows: pd.DataFrame) -> pd.DataFrame:
    """Per unit: months, agreed and lost days and the sick-leave % of those days."""
    summed = rows.groupby("unit_code", as_index=False).agg(
        months=("month", "size"), agreed=("agreed_days", "sum"), lost=("lost_days", "sum")
    )
    return pd.DataFrame(
        {
            t("import.preview.col_unit"): summed["unit_code"],
            t("import.preview.months"): summed["months"],
            t("sick.col_agreed"): summed["agreed"].round(1),
            t("sick.col_lost"): summed["lost"].round(1),
            t("sick.col_pct"): (summed["lost"] / summed["agreed"] * 100).round(1),
        }
    )


def _replaced_table(replaced: pd.DataFrame) -> pd.DataFrame:
    ids, names = upload_table(replaced["upload_id"], replaced["file_name"])
    return pd.DataFrame(
        {
            t("import.preview.col_upload"): ids,
            t("import.preview.col_file"): names,
            t("import.preview.rows"): [int(n) for n in replaced["rows"]],
            t("import.preview.units"): [int(n) for n in replaced["units"]],
            t("import.preview.col_from"): [_month_text(int(m)) for m in replaced["first"]],
            t("import.preview.col_to"): [_month_text(int(m)) for m in replaced["last"]],
        }
    )


def commit(store: Store, access: Access, prepared: PreparedImport) -> tuple[int, tuple[int, ...]]:
    """Stores the rows, replacing the current rows of the same year, month and unit."""
    rows = prepared.payload_as(pd.DataFrame)
    return store_sick_leave_upload(store, new_upload(prepared, access), rows)


KIND = ImportKind(
    "sickleave", BY_ANSVAR, recognise, prepare, commit, read_coverage, tables=(SICK_LEAVE,)
)
