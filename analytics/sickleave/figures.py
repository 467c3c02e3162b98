"""Sick leave: percentages from summed days at every level, the splits, trends and privacy.

Sick-leave % = lost days ÷ agreed days × 100. Every figure for a group (an ansvar, a unit, a
sector, the municipality; a month, a year, twelve months) sums the days of its rows first and
divides once: never an average of percentages.

Privacy: a group with fewer than `sick_leave_min_headcount` people (average per month), or
without headcount under `sick_leave_min_agreed_days` agreed days a month, is suppressed: its
numbers are hidden, but its days still count in the totals above it. A screen that shows a total
and its parts also suppresses a second cell wherever a single hidden cell could be recovered by
subtraction (`protect_complementary`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from analytics.core.access import Access, visible_organisation
from analytics.core.formatting import format_pct
from analytics.core.names import Status, kpi, status_against_target
from analytics.core.names import level as level_of
from analytics.core.organisation import UNKNOWN_CODE, Level, Scope
from analytics.core.reference import read_table
from analytics.core.settings import Settings
from analytics.core.texts import t
from analytics.store import Store
from analytics.store.organisation import read_organisation
from analytics.store.sickleave import DAY_COLUMNS, read_sick_leave

PCT_COLUMNS = ["pct", "self_pct", "doctor_pct", "short_pct", "long_pct"]
HIDDEN_COLUMNS = ["agreed_days", "lost_days", *PCT_COLUMNS, "headcount"]
RESULT_COLUMNS = [
    "role",
    "level",
    "key",
    "name",
    "period_kind",
    "year",
    "month",
    "period",
    "period_start",
    *HIDDEN_COLUMNS,
    "suppressed",
]


@dataclass(frozen=True)
class Benchmark:
    """A national sick-leave figure per year, and which of our percentages it compares with."""

    key: str
    label: str
    compares_with: str  # "pct" (self- plus doctor-certified) or "doctor_pct"
    values: tuple[tuple[int, float], ...]


def benchmarks() -> tuple[Benchmark, ...]:
    """The national benchmarks (SSB figures as published by KS, data/sick_leave_benchmarks.csv),
    labelled with what they measure."""
    rows = read_table(
        "sick_leave_benchmarks.csv",
        (("benchmark", str), ("compares_with", str), ("year", int), ("pct", float)),
    )
    keys = list(dict.fromkeys(row[0] for row in rows))
    return tuple(
        Benchmark(
            key,
            t(f"sick.benchmark_{key}"),
            next(row[1] for row in rows if row[0] == key),
            tuple((year, pct) for benchmark, _, year, pct in rows if benchmark == key),
        )
        for key in keys
    )


@dataclass(frozen=True)
class SickLeaveRow:
    """One group and period; every number is None when the group is suppressed."""

    key: str
    name: str
    level: str
    period: str
    agreed_days: float | None
    lost_days: float | None
    pct: float | None
    self_pct: float | None
    doctor_pct: float | None
    short_pct: float | None
    long_pct: float | None
    suppressed: bool


# --- reading and placing the records ---------------------------------------------------------


def read_located_sick_leave(store: Store, access: Access) -> pd.DataFrame:
    """The person's visible sick-leave rows, each with its ansvar, unit and sector (see
    `locate_records`). The organisation is cut to what `access` may see before anything sums."""
    organisation = visible_organisation(read_organisation(store), access)
    return locate_records(read_sick_leave(store), organisation, access.sees_everything)


def locate_records(
    records: pd.DataFrame, organisation: pd.DataFrame, include_unknown: bool
) -> pd.DataFrame:
    """The records with sector_code/name, unit_code/name, ansvar/ansvar_name.

    A record's code is a unit code (ansvar left empty) or an ansvar code. Codes the organisation
    lacks go under the "Ukjent" unit when `include_unknown` (people who see everything), and are
    dropped otherwise, since they may belong to units the person may not see.
    """
    units = organisation.drop_duplicates("unit_code")[
        ["unit_code", "unit_name", "sector_code", "sector_name"]
    ]
    codes = records["unit_code"].astype(str)
    is_unit = codes.isin(units["unit_code"])
    is_ansvar = ~is_unit & codes.isin(organisation["ansvar"])
    unit_rows = records[is_unit].merge(units, on="unit_code").assign(ansvar="", ansvar_name="")
    ansvar_rows = (
        records[is_ansvar].rename(columns={"unit_code": "ansvar"}).merge(organisation, on="ansvar")
    )
    parts = [unit_rows, ansvar_rows]
    if include_unknown:
        parts.append(_under_unknown_unit(records[~is_unit & ~is_ansvar]))
    located = pd.concat([part for part in parts if not part.empty] or [unit_rows])
    return located.reset_index(drop=True)


def _under_unknown_unit(records: pd.DataFrame) -> pd.DataFrame:
    """Records of codes the organisation lacks, each its own ansvar under "Ukjent"."""
    codes = records["unit_code"].astype(str)
    unknown = t("common.unknown_unit")
    return records.assign(
        ansvar=codes,
        ansvar_name=codes,
        unit_code=UNKNOWN_CODE,
        unit_name=unknown,
        sector_code=UNKNOWN_CODE,
        sector_name=unknown,
    )


def records_in_scope(located: pd.DataFrame, scope: Scope) -> pd.DataFrame:
    """The located records that lie in the scope."""
    if scope.level == "kommune":
        return located
    column = level_of(scope.level).code_column
    return located[located[column] == scope.code].reset_index(drop=True)


# --- sums and percentages --------------------------------------------------------------------


def _with_group(located: pd.DataFrame, level: Level, scope: Scope) -> pd.DataFrame:
    """Adds key and name of the group at `level` (the scope itself for the scope's level)."""
    if level == scope.level or level == "kommune":
        return located.assign(key=scope.key, name=scope.name, level=scope.level)
    columns = level_of(level)
    key = located[columns.code_column]
    name = located[columns.name_column]
    if level == "ansvar":  # records kept per unit have no ansvar: they stand for the unit
        key = key.where(key != "", located["unit_code"])
        name = name.where(located["ansvar"] != "", located["unit_name"])
    return located.assign(key=key.astype(str), name=name.astype(str), level=level)


def sum_days(grouped: pd.DataFrame, by: Sequence[str]) -> pd.DataFrame:
    """The days of each group summed, with the agreed days behind each split, the number of
    months and the headcount summed over months (headcount_missing counts rows without it)."""
    prepared = grouped.assign(
        agreed_self_doctor=grouped["agreed_days"].where(
            grouped["self_cert_days"].notna() & grouped["doctor_cert_days"].notna(), 0.0
        ),
        agreed_short_long=grouped["agreed_days"].where(
            grouped["short_days"].notna() & grouped["long_days"].notna(), 0.0
        ),
        month_id=grouped["year"] * 12 + grouped["month"],
        headcount_missing=grouped["headcount"].isna().astype(int),
    )
    sums = {column: (column, "sum") for column in DAY_COLUMNS}
    return prepared.groupby(list(by), as_index=False, dropna=False).agg(
        **sums,
        agreed_self_doctor=("agreed_self_doctor", "sum"),
        agreed_short_long=("agreed_short_long", "sum"),
        months=("month_id", "nunique"),
        headcount_sum=("headcount", "sum"),
        headcount_missing=("headcount_missing", "sum"),
    )


def _share(days: pd.Series, agreed: pd.Series) -> pd.Series:
    """days ÷ agreed × 100, NaN where no agreed days stand behind the figure."""
    return (days / agreed.where(agreed > 0)) * 100.0


def with_percentages(sums: pd.DataFrame, settings: Settings) -> pd.DataFrame:
    """Adds pct, self_pct, doctor_pct, short_pct, long_pct, headcount (average per month) and
    the primary suppression flag, from the summed days of `sum_days`."""
    headcount = (sums["headcount_sum"] / sums["months"]).where(sums["headcount_missing"] == 0)
    agreed_per_month = sums["agreed_days"] / sums["months"]
    suppressed = np.where(
        headcount.notna(),
        headcount < settings.sick_leave_min_headcount,
        agreed_per_month < settings.sick_leave_min_agreed_days,
    )
    return sums.assign(
        pct=_share(sums["lost_days"], sums["agreed_days"]),
        self_pct=_share(sums["self_cert_days"], sums["agreed_self_doctor"]),
        doctor_pct=_share(sums["doctor_cert_days"], sums["agreed_self_doctor"]),
        short_pct=_share(sums["short_days"], sums["agreed_short_long"]),
        long_pct=_share(sums["long_days"], sums["agreed_short_long"]),
        headcount=headcount,
        suppressed=suppressed.astype(bool),
    )


def hide_suppressed(table: pd.DataFrame) -> pd.DataFrame:
    """The table with every number of a suppressed row set to NaN (app, CLI and exports)."""
    hidden = {
        column: table[column].astype(float).where(~table["suppressed"])
        for column in HIDDEN_COLUMNS
        if column in table
    }
    return table.assign(**hidden)


# --- complementary suppression ---------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """Positions of cells that add up to a total shown on the same screen."""

    parts: tuple[int, ...]
    total: int | None


def protect_complementary(table: pd.DataFrame, lines: Sequence[Line]) -> pd.DataFrame:
    """Suppresses more cells until no line has exactly one hidden cell.

    A line with one hidden cell lets anyone subtract its way to that cell; a second hidden cell
    (the smallest visible part by agreed days, or the total when no part is left) stops that.
    Runs until stable, since a new hidden cell may open another line. Positions are row numbers.
    """
    suppressed = table["suppressed"].to_numpy(dtype=bool, copy=True)
    agreed = table["agreed_days"].to_numpy(dtype=float)
    changed = True
    while changed:
        changed = False
        for line in lines:
            cells = list(line.parts) + ([line.total] if line.total is not None else [])
            if sum(bool(suppressed[cell]) for cell in cells) != 1:
                continue
            visible = sorted((p for p in line.parts if not suppressed[p]), key=lambda p: agreed[p])
            if not visible and (line.total is None or suppressed[line.total]):
                continue
            suppressed[visible[0] if visible else line.total] = True
            changed = True
    return table.assign(suppressed=suppressed)


def overview_lines(table: pd.DataFrame) -> list[Line]:
    """The sums a sick-leave overview shows: per period the parts against the scope's total, and
    per group and year its months against its year row."""
    lines = []
    positions = table.reset_index(drop=True)
    totals = positions[positions["role"] == "total"]
    parts = positions[positions["role"] == "part"]
    for (year, month), group in parts.groupby(["year", "month"]):
        total = totals[(totals["year"] == year) & (totals["month"] == month)]
        lines.append(Line(tuple(group.index), int(total.index[0]) if len(total) else None))
    for _, group in positions.groupby(["role", "key", "year"]):
        year_rows = group[group["month"] == 0]
        month_rows = group[group["month"] != 0]
        lines.append(
            Line(tuple(month_rows.index), int(year_rows.index[0]) if len(year_rows) else None)
        )
    return lines


# --- the overview: the scope by month and year, and its parts --------------------------------


def _periods(grouped: pd.DataFrame, role: str, settings: Settings) -> pd.DataFrame:
    """Month rows and year rows (month 0) of each group, with percentages and labels."""
    monthly = with_percentages(
        sum_days(grouped, ["level", "key", "name", "year", "month"]), settings
    )
    yearly = with_percentages(sum_days(grouped, ["level", "key", "name", "year"]), settings)
    monthly = monthly.assign(
        period_kind="month",
        period=[f"{y}-{m:02d}" for y, m in zip(monthly["year"], monthly["month"], strict=True)],
        period_start=[
            dt.date(int(y), int(m), 1)
            for y, m in zip(monthly["year"], monthly["month"], strict=True)
        ],
    )
    yearly = yearly.assign(
        month=0,
        period_kind="year",
        period=yearly["year"].astype(str),
        period_start=[dt.date(int(y), 1, 1) for y in yearly["year"]],
    )
    return pd.concat([monthly, yearly], ignore_index=True).assign(role=role)


def build_overview(
    located: pd.DataFrame,
    scope: Scope,
    by: Level | None,
    year: int | None,
    settings: Settings,
) -> pd.DataFrame:
    """The scope's months and years (role "total") and, with `by`, the groups at that level
    below it (role "part") for `year`; primary and complementary suppression applied and the
    numbers of suppressed rows hidden. Columns RESULT_COLUMNS; month 0 marks a year row."""
    in_scope = records_in_scope(located, scope)
    if in_scope.empty:
        return pd.DataFrame(columns=RESULT_COLUMNS)
    frames = [_periods(_with_group(in_scope, scope.level, scope), "total", settings)]
    if by is not None and by != scope.level:
        of_year = in_scope if year is None else in_scope[in_scope["year"] == year]
        if not of_year.empty:
            frames.append(_periods(_with_group(of_year, by, scope), "part", settings))
    table = pd.concat(frames, ignore_index=True)
    table = table.sort_values(["role", "key", "year", "month"], ignore_index=True)
    protected = protect_complementary(table, overview_lines(table))
    return hide_suppressed(protected)[RESULT_COLUMNS]


def rows_of(table: pd.DataFrame) -> list[SickLeaveRow]:
    """The table's rows as frozen records; numbers are None where hidden."""

    def number(value: Any) -> float | None:
        return None if pd.isna(value) else float(value)

    return [
        SickLeaveRow(
            key=str(row.key),
            name=str(row.name),
            level=str(row.level),
            period=str(row.period),
            agreed_days=number(row.agreed_days),
            lost_days=number(row.lost_days),
            pct=number(row.pct),
            self_pct=number(row.self_pct),
            doctor_pct=number(row.doctor_pct),
            short_pct=number(row.short_pct),
            long_pct=number(row.long_pct),
            suppressed=bool(row.suppressed),
        )
        for row in table.itertuples(index=False)
    ]


# --- trends of the scope ---------------------------------------------------------------------


def rolling_twelve_months(located: pd.DataFrame, scope: Scope, settings: Settings) -> pd.DataFrame:
    """The scope's sick leave over the twelve months up to each month (summed days), from the
    first month with eleven months before it: period_start, pct, … suppressed (numbers hidden)."""
    in_scope = records_in_scope(located, scope)
    if in_scope.empty:
        return pd.DataFrame(columns=["period_start", *HIDDEN_COLUMNS, "suppressed"])
    monthly = sum_days(in_scope, ["year", "month"])
    index = pd.PeriodIndex(
        [
            pd.Period(year=int(y), month=int(m), freq="M")
            for y, m in zip(monthly["year"], monthly["month"], strict=True)
        ]
    )
    full = (
        monthly.drop(columns=["year", "month"])
        .set_index(index)
        .reindex(pd.period_range(index.min(), index.max(), freq="M"))
    )
    window = full.rolling(12, min_periods=12).sum()
    window = window[full["agreed_days"].notna() & window["agreed_days"].notna()]
    result = with_percentages(window.reset_index(drop=True), settings)
    return hide_suppressed(
        result.assign(period_start=[period.start_time.date() for period in window.index])
    )[["period_start", *HIDDEN_COLUMNS, "suppressed"]]


def seasonal_pattern(located: pd.DataFrame, scope: Scope, settings: Settings) -> pd.DataFrame:
    """The scope's sick leave per calendar month over all years (summed days): month 1–12,
    pct, … suppressed (numbers hidden)."""
    in_scope = records_in_scope(located, scope)
    if in_scope.empty:
        return pd.DataFrame(columns=["month", *HIDDEN_COLUMNS, "suppressed"])
    sums = sum_days(in_scope, ["month"])
    return hide_suppressed(with_percentages(sums, settings))[
        ["month", *HIDDEN_COLUMNS, "suppressed"]
    ]


def latest_rolling_pct(
    located: pd.DataFrame, scope: Scope, settings: Settings
) -> tuple[dt.date, float] | None:
    """The newest twelve-month percentage of the scope and the month it ends with (its first
    day), or None when there is no full twelve months or it is suppressed."""
    rolling = rolling_twelve_months(located, scope, settings)
    shown = rolling[~rolling["suppressed"]] if not rolling.empty else rolling
    if shown.empty:
        return None
    last = shown.iloc[-1]
    return last["period_start"], float(last["pct"])


# --- tables for the screen and exports ---------------------------------------------------------

_TABLE_COLUMNS = {
    "key": "sick.col_code",
    "name": "sick.col_name",
    "period": "sick.col_period",
    "pct": "sick.col_pct",
    "self_pct": "sick.col_self",
    "doctor_pct": "sick.col_doctor",
    "short_pct": "sick.col_short",
    "long_pct": "sick.col_long",
    "agreed_days": "sick.col_agreed",
    "lost_days": "sick.col_lost",
}


def display_table(rows: pd.DataFrame) -> pd.DataFrame:
    """Rows of an overview with Norwegian headers, percentages to one decimal, days whole, and
    a note column that reads «skjult» where numbers are suppressed (they are already empty)."""
    rounded = rows.assign(
        **{column: rows[column].astype(float).round(1) for column in PCT_COLUMNS},
        agreed_days=rows["agreed_days"].astype(float).round(0),
        lost_days=rows["lost_days"].astype(float).round(0),
    )
    table = rounded[list(_TABLE_COLUMNS)].rename(
        columns={column: t(key) for column, key in _TABLE_COLUMNS.items()}
    )
    notes = [t("sick.suppressed_note") if hidden else "" for hidden in rows["suppressed"]]
    return table.assign(**{t("sick.col_note"): notes}).reset_index(drop=True)


def parts_of_year(overview: pd.DataFrame) -> pd.DataFrame:
    """The overview's parts (the groups below the scope), one row each for the whole year."""
    return overview[(overview["role"] == "part") & (overview["month"] == 0)].reset_index(drop=True)


def total_by_month(overview: pd.DataFrame, year: int | None = None) -> pd.DataFrame:
    """The scope's own month rows (every year, or one), by date."""
    months = overview[(overview["role"] == "total") & (overview["month"] > 0)]
    if year is not None:
        months = months[months["year"] == year]
    return months.sort_values("period_start").reset_index(drop=True)


def total_of_year(overview: pd.DataFrame, year: int) -> SickLeaveRow | None:
    """The scope's row for the whole year, or None when it has no data that year."""
    rows = overview[
        (overview["role"] == "total") & (overview["month"] == 0) & (overview["year"] == year)
    ]
    return rows_of(rows)[0] if len(rows) else None


def parts_level(scope: Scope) -> tuple[Level, ...]:
    """The levels the scope can be broken down into on the page, the first the default."""
    breakdowns: dict[str, tuple[Level, ...]] = {
        "kommune": ("enhet", "sektor"),
        "sektor": ("enhet", "ansvar"),
        "enhet": ("ansvar",),
        "ansvar": (),
    }
    return breakdowns[scope.level]


def newest_rolling(rolling: pd.DataFrame) -> tuple[float | None, bool]:
    """The newest twelve-month percentage of `rolling_twelve_months` and whether it is
    suppressed; (None, False) when there is no full twelve months yet."""
    if rolling.empty:
        return None, False
    last = rolling.iloc[-1]
    return (None if pd.isna(last["pct"]) else float(last["pct"])), bool(last["suppressed"])


def sick_leave_status(pct: float, settings: Settings) -> Status:
    """Green at or under the target (`sick_leave_target_pct`), yellow within the KPI's band
    (one percentage point) above it, red beyond."""
    goal = kpi("sick_leave")
    return status_against_target(
        pct, settings.sick_leave_target_pct, goal.direction, goal.yellow_band
    )


def shown_pct(value: float | None, suppressed: bool) -> str:
    """«skjult» for a suppressed figure, else the percentage (a dash when there is none)."""
    return t("sick.suppressed") if suppressed else format_pct(value)
