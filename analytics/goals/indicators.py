"""Indicators: the catalogue (built-in rows of the KPI table and the imported ones, as the same
`Kpi`), their targets per year and unit, their values per period, and the status of each.

A value belongs to an indicator, a unit code (a sector, unit or ansvar, or `kommune`), a year
and a period: the year itself, a tertial, a quarter or a month, held as its kind and its last
month. An indicator's value for a year is the one of the latest period of that year. Its
target for a unit and year is the one stored for that unit, else for the unit's sector, else
for the whole municipality, else (built-in rows) the one of the settings. Status and reason
come from `core.names.assess`, the one rule for every indicator.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from analytics.core.formatting import month_name
from analytics.core.names import (
    KPIS,
    Assessment,
    Kpi,
    Status,
    Target,
    assess,
)
from analytics.core.settings import Settings
from analytics.core.texts import t
from analytics.store import Store
from analytics.store.goals import MUNICIPALITY, VALUE_COLUMNS, read_definitions

PERIOD_KINDS = ("year", "tertial", "quarter", "month")
_PERIOD_SIZE = {"year": 12, "tertial": 4, "quarter": 3, "month": 1}
_PERIOD_MARK = {"tertial": "T", "quarter": "K"}
# The finest period kind first: of two values ending in the same month, the finer one counts.
_FINENESS = {kind: rank for rank, kind in enumerate(reversed(PERIOD_KINDS))}

Catalogue = Mapping[str, Kpi]


@dataclass(frozen=True)
class IndicatorStatus:
    """One indicator for one unit in one year: the latest value, its target, the light and why.

    `value` None: no value that year, or hidden (a group too small to show).
    """

    indicator: Kpi
    unit_code: str
    unit_name: str
    year: int
    period_kind: str
    period_month: int
    value: float | None
    target: Target | None
    assessment: Assessment
    reference: float | None = None
    hidden: bool = False

    @property
    def status(self) -> Status:
        return self.assessment.status

    @property
    def period_code(self) -> str:
        return period_code(self.year, self.period_kind, self.period_month)

    @property
    def period_text(self) -> str:
        return period_text(self.year, self.period_kind, self.period_month)


def period_code(year: int, kind: str, month: int) -> str:
    """`2026` (a year), `2026-T2`, `2026-K3`, `2026-10` (a month)."""
    if kind == "year":
        return str(year)
    if kind in _PERIOD_MARK:
        return f"{year}-{_PERIOD_MARK[kind]}{month // _PERIOD_SIZE[kind]}"
    return f"{year}-{month:02d}"


def period_text(year: int, kind: str, month: int) -> str:
    """`2026`, `2. tertial 2026`, `3. kvartal 2026`, `oktober 2026`."""
    if kind == "year":
        return str(year)
    if kind == "month":
        return f"{month_name(month)} {year}"
    return t(f"indicator.period.{kind}", number=month // _PERIOD_SIZE[kind], year=year)


def period_end_month(kind: str, number: int) -> int:
    """The last month of a tertial, quarter or month number (12 for a year)."""
    return 12 if kind == "year" else number * _PERIOD_SIZE[kind]


# --- the catalogue -------------------------------------------------------------------------------


def read_catalogue(store: Store) -> dict[str, Kpi]:
    """Every indicator by key: the built-in rows of `KPIS`, then the imported ones."""
    catalogue = {indicator.key: indicator for indicator in KPIS}
    for row in read_definitions(store).to_dict("records"):
        catalogue[str(row["indicator_key"])] = indicator_from_row(
            {str(k): v for k, v in row.items()}
        )
    return catalogue


def indicator_from_row(row: Mapping[str, object]) -> Kpi:
    """An imported indicator's definition (a row of `store.goals.read_definitions`)."""
    return Kpi(
        key=str(row["indicator_key"]),
        unit=row["measure_unit"],  # type: ignore[arg-type]
        direction=row["direction"],  # type: ignore[arg-type]
        yellow_band=float(row["yellow_band"]),  # type: ignore[arg-type]
        name=str(row["name"]),
        source=str(row["source"]),
        form=str(row["form"]),
        description=str(row["description"]),
    )


# --- targets -------------------------------------------------------------------------------------


def builtin_target(indicator: Kpi, year: int, settings: Settings) -> Target | None:
    """A built-in indicator's target for the year, from the settings (None for imported ones).

    Kommunekompasset: the target in force is the next target not yet past (the last one after
    all have passed); red below the target before it, or below the target itself once its year
    has come, so a total is yellow while it is on the way to the next target.
    """
    if not indicator.builtin:
        return None
    if indicator.key == "kompass":
        return kompass_target(settings.kompass_target_points(), year)
    target = float(getattr(settings, indicator.target_setting))
    if indicator.red_setting:
        return Target(target, red_limit=float(getattr(settings, indicator.red_setting)))
    return Target(target)


def kompass_target(targets: Sequence[tuple[int, float]], year: int) -> Target | None:
    """The Kommunekompasset target in force in `year` (see `builtin_target`)."""
    if not targets:
        return None
    ahead = [(target_year, points) for target_year, points in targets if target_year >= year]
    if not ahead:
        points = float(targets[-1][1])
        return Target(points, red_limit=points)
    target_year, points = ahead[0]
    if target_year == year:
        return Target(float(points), red_limit=float(points))
    before = [points for target_year, points in targets if target_year < year]
    return Target(float(points), red_limit=float(before[-1]) if before else 0.0)


def target_for(
    targets: pd.DataFrame,
    indicator: Kpi,
    unit_code: str,
    year: int,
    sector_of: Mapping[str, str],
    settings: Settings,
) -> Target | None:
    """The target of the indicator for the unit and year (see the module docstring).

    `targets`: TARGET_COLUMNS rows; `sector_of`: unit or ansvar code → its sector code.
    """
    rows = targets[(targets["indicator_key"] == indicator.key) & (targets["year"] == year)]
    for code in (unit_code, sector_of.get(unit_code, ""), MUNICIPALITY):
        found = rows[rows["unit_code"] == code]
        if code and not found.empty:
            row = found.iloc[-1]
            return Target(
                float(row["target"]),
                _float_or_none(row["yellow_limit"]),
                _float_or_none(row["red_limit"]),
            )
    return builtin_target(indicator, year, settings)


def _float_or_none(value: object) -> float | None:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


# --- values --------------------------------------------------------------------------------------


def empty_values() -> pd.DataFrame:
    """A values frame without rows (VALUE_COLUMNS and `hidden`)."""
    return pd.DataFrame(
        {
            **{column: pd.Series(dtype="object") for column in VALUE_COLUMNS},
            "year": pd.Series(dtype="int64"),
            "period_month": pd.Series(dtype="int64"),
            "value": pd.Series(dtype="float64"),
            "reference": pd.Series(dtype="float64"),
            "hidden": pd.Series(dtype="bool"),
        }
    )


def with_hidden(values: pd.DataFrame) -> pd.DataFrame:
    """The values with a `hidden` column (False where it is missing) and in VALUE_COLUMNS order."""
    frame = values if "hidden" in values else values.assign(hidden=False)
    for column in VALUE_COLUMNS:
        if column not in frame:
            frame = frame.assign(**{column: _DEFAULTS.get(column, "")})  # type: ignore[arg-type]
    return frame[[*VALUE_COLUMNS, "hidden"]]


_DEFAULTS: dict[str, object] = {"reference": math.nan, "respondents": pd.NA, "region": ""}


def latest_in_year(values: pd.DataFrame, key: str, unit_code: str, year: int) -> pd.Series | None:
    """The value row of the latest period of the year (the finer period of two that end in
    the same month); None when the year has none."""
    rows = values[
        (values["indicator_key"] == key)
        & (values["unit_code"] == unit_code)
        & (values["year"] == year)
    ]
    if rows.empty:
        return None
    ordered = rows.assign(fine=rows["period_kind"].map(_FINENESS)).sort_values(
        ["period_month", "fine"], ascending=[True, False]
    )
    return ordered.iloc[-1]


def assess_unit(
    indicator: Kpi,
    unit_code: str,
    unit_name: str,
    year: int,
    row: pd.Series | None,
    target: Target | None,
) -> IndicatorStatus:
    """The status of an indicator for a unit and year from its latest value row (or none)."""
    if row is None:
        nothing = assess(indicator, None, target)
        return IndicatorStatus(
            indicator, unit_code, unit_name, year, "year", 12, None, target, nothing
        )
    hidden = bool(row.get("hidden", False))
    value = None if hidden or pd.isna(row["value"]) else float(row["value"])
    assessment = (
        Assessment(Status.NONE, t("indicator.reason.hidden"))
        if hidden
        else assess(indicator, value, target)
    )
    return IndicatorStatus(
        indicator,
        unit_code,
        unit_name,
        year,
        str(row["period_kind"]),
        int(row["period_month"]),
        value,
        target,
        assessment,
        _float_or_none(row.get("reference")),
        hidden,
    )


def worst_status(statuses: Sequence[Status]) -> Status:
    """The most urgent light of several (red before yellow before green); none when none."""
    lit = [status for status in statuses if status is not Status.NONE]
    return min(lit, key=lambda status: status.rank) if lit else Status.NONE
