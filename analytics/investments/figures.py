"""A project's figures in a year, from the investment ledger's lines by project: pure functions.

Amounts are NOK as stored (expenses positive). A project's **cost** is its lines on the arts of
the expense art groups (wages, purchases, transfers …; `core.artgroups`), and its frame budget
lines without art; financing (grants, VAT compensation, loans, transfers: the income groups)
is not cost, so a project financed in full still shows what it costs.

For a year Y (as of month M of it):
- budget_year: the budget that applies for Y (revised over original, as for the economy);
- actual_year: the accounts of Y up to month M; actual_to_date: those and every earlier year's;
- spent_pct: actual_to_date ÷ frame × 100 (None without a frame);
- forecast_final: the project leader's latest forecast of the final cost at or before (Y, M)
  (carried over month to month and year to year); without one, the budgeted estimate:
  actual_to_date + what is left of Y's budget (never below 0) + the budgets of the later years
  (the economic plan's figures where a year has no budget);
- forecast_gap: frame − forecast_final (positive: within the frame); None without a frame;
- status: by the forecast overrun of the frame in % (`project_status_green_max_pct`,
  `project_status_red_min_pct`): green at or under the green limit, red over the red limit or
  when more than the frame is already spent, yellow between; none without a frame.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from analytics.core.artgroups import art_group_of, income_groups
from analytics.core.names import Status
from analytics.core.settings import Settings

OWN, BUDGETED = "own", "budget"
AMOUNT_KEYS = (
    "frame",
    "budget_year",
    "actual_year",
    "actual_to_date",
    "forecast_final",
    "forecast_gap",
)


@dataclass(frozen=True)
class ProjectLines:
    """The investment ledger per project, year and art: columns prosjekt, year, art, amount
    (NOK); the accounts also per month (1–12)."""

    budgets: pd.DataFrame
    plans: pd.DataFrame
    accounts: pd.DataFrame


@dataclass(frozen=True)
class ProjectStatus:
    """One project's figures in a year (see the module docstring); amounts in NOK."""

    code: str
    name: str
    unit_code: str
    unit_name: str
    phase: str
    start_year: int | None
    end_year: int | None
    frame: float | None
    budget_year: float
    actual_year: float
    actual_to_date: float
    spent_pct: float | None
    forecast_final: float
    forecast_source: str  # own or budget
    forecast_comment: str
    forecast_gap: float | None
    status: Status


def cost_lines(lines: pd.DataFrame) -> pd.DataFrame:
    """The lines on cost arts (not an income art group; '' for a frame budget counts)."""
    if lines.empty:
        return lines
    income = income_groups()
    arts = lines["art"].unique()
    costly = {art for art in arts if art == "" or art_group_of(str(art)) not in income}
    return lines[lines["art"].isin(costly)]


def until(accounts: pd.DataFrame, year: int, month: int) -> pd.DataFrame:
    """The accounts up to month `month` of `year` (later years left out)."""
    keep = (accounts["year"] < year) | ((accounts["year"] == year) & (accounts["month"] <= month))
    return accounts[keep]


def by_project_and_year(lines: pd.DataFrame) -> pd.Series:
    """The lines summed per (prosjekt, year)."""
    if lines.empty:
        return pd.Series(dtype=float)
    return lines.groupby(["prosjekt", "year"])["amount"].sum()


def latest_forecasts(forecasts: pd.DataFrame, year: int, month: int) -> pd.DataFrame:
    """Each project's newest forecast entry at or before (year, month): project_code,
    forecast_final (NaN for a comment only), comment. Entries with a forecast count first:
    a later comment alone keeps the forecast before it."""
    known = forecasts[(forecasts["year"] * 100 + forecasts["month"]) <= year * 100 + month]
    if known.empty:
        return pd.DataFrame(columns=["project_code", "forecast_final", "comment"])
    ordered = known.sort_values(["year", "month"])
    values = ordered.dropna(subset=["forecast_final"]).groupby("project_code")["forecast_final"]
    comments = ordered.groupby("project_code")["comment"].last()
    return (
        pd.DataFrame({"forecast_final": values.last(), "comment": comments})
        .rename_axis("project_code")
        .reset_index()
    )


def project_statuses(
    register: pd.DataFrame,
    lines: ProjectLines,
    forecasts: pd.DataFrame,
    period: tuple[int, int],
    unit_names: dict[str, str],
    settings: Settings,
) -> list[ProjectStatus]:
    """Every project of the register in year `period[0]` as of month `period[1]`, by code."""
    year, month = period
    budgets = by_project_and_year(cost_lines(lines.budgets))
    plans = by_project_and_year(cost_lines(lines.plans))
    accounts = by_project_and_year(cost_lines(until(lines.accounts, year, month)))
    own = latest_forecasts(forecasts, year, month).set_index("project_code")
    return [
        _status(row, (budgets, plans, accounts), own, year, unit_names, settings)
        for row in register.itertuples(index=False)
    ]


def _amount(sums: pd.Series, code: str, year: int) -> float:
    value = sums.get((code, year), 0.0) if len(sums) else 0.0
    return round(float(value), 2)


def _years_of(sums: pd.Series, code: str) -> list[int]:
    if not len(sums) or code not in sums.index.get_level_values(0):
        return []
    return [int(year) for year in sums.loc[code].index]


def _status(
    row: object,
    sums: tuple[pd.Series, pd.Series, pd.Series],
    own: pd.DataFrame,
    year: int,
    unit_names: dict[str, str],
    settings: Settings,
) -> ProjectStatus:
    budgets, plans, accounts = sums
    code = str(row.code)  # type: ignore[attr-defined]
    frame = _frame(row.frame)  # type: ignore[attr-defined]
    budget_year, actual_year = _amount(budgets, code, year), _amount(accounts, code, year)
    to_date = round(
        sum(_amount(accounts, code, y) for y in _years_of(accounts, code) if y <= year), 2
    )
    estimate = to_date + max(budget_year - actual_year, 0.0) + _later(budgets, plans, code, year)
    given = own["forecast_final"].get(code) if code in own.index else None
    forecast = float(given) if given is not None and not math.isnan(given) else estimate
    unit_code = str(row.unit_code)  # type: ignore[attr-defined]
    return ProjectStatus(
        code=code,
        name=str(row.name),  # type: ignore[attr-defined]
        unit_code=unit_code,
        unit_name=unit_names.get(unit_code, unit_code),
        phase=str(row.phase),  # type: ignore[attr-defined]
        start_year=_year(row.start_year),  # type: ignore[attr-defined]
        end_year=_year(row.end_year),  # type: ignore[attr-defined]
        frame=frame,
        budget_year=budget_year,
        actual_year=actual_year,
        actual_to_date=to_date,
        spent_pct=None if not frame else round(to_date / frame * 100, 1),
        forecast_final=round(forecast, 2),
        forecast_source=OWN if given is not None and not math.isnan(given) else BUDGETED,
        forecast_comment=str(own["comment"].get(code, "")) if code in own.index else "",
        forecast_gap=None if frame is None else round(frame - forecast, 2),
        status=project_status(frame, forecast, to_date, settings),
    )


def _later(budgets: pd.Series, plans: pd.Series, code: str, year: int) -> float:
    """The budgets of the years after `year` (the plan's figures where a year has none)."""
    years = {y for y in _years_of(budgets, code) + _years_of(plans, code) if y > year}
    total = 0.0
    for later in sorted(years):
        has_budget = later in _years_of(budgets, code)
        total += _amount(budgets if has_budget else plans, code, later)
    return round(total, 2)


def _frame(value: object) -> float | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return float(value)  # type: ignore[arg-type]


def _year(value: object) -> int | None:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return int(value)  # type: ignore[call-overload]


def project_status(
    frame: float | None, forecast: float, spent: float, settings: Settings
) -> Status:
    """green / yellow / red by the forecast overrun of the frame (see the module docstring)."""
    if frame is None or frame <= 0:
        return Status.NONE
    overrun_pct = (forecast - frame) / frame * 100
    if spent > frame or overrun_pct > settings.project_status_red_min_pct:
        return Status.RED
    if overrun_pct <= settings.project_status_green_max_pct:
        return Status.GREEN
    return Status.YELLOW


def yearly_series(lines: ProjectLines, codes: Sequence[str]) -> pd.DataFrame:
    """Per year, for these projects together: budget (applying), plan and actual cost (NOK).

    Columns: year, budget, plan, actual; every year with any of them, ascending."""
    frames = {
        name: cost_lines(frame[frame["prosjekt"].isin(list(codes))])
        for name, frame in (
            ("budget", lines.budgets),
            ("plan", lines.plans),
            ("actual", lines.accounts),
        )
    }
    summed = {
        name: frame.groupby("year")["amount"].sum() if not frame.empty else pd.Series(dtype=float)
        for name, frame in frames.items()
    }
    years = sorted({int(y) for series in summed.values() for y in series.index})
    return pd.DataFrame(
        {
            "year": years,
            **{
                name: [round(float(series.get(year, 0.0)), 2) for year in years]
                for name, series in summed.items()
            },
        }
    )


def by_art(lines: ProjectLines, code: str, year: int, art_names: dict[str, str]) -> pd.DataFrame:
    """One project's year per art, every art (financing included, so it sums to the ledger):
    art, art_name, budget, actual (NOK); by art."""

    def of(frame: pd.DataFrame) -> pd.Series:
        mine = frame[(frame["prosjekt"] == code) & (frame["year"] == year)]
        return mine.groupby("art")["amount"].sum()

    budget, actual = of(lines.budgets), of(lines.accounts)
    arts = sorted(set(budget.index) | set(actual.index))
    return pd.DataFrame(
        {
            "art": arts,
            "art_name": [art_names.get(art, art) for art in arts],
            "budget": [round(float(budget.get(art, 0.0)), 2) for art in arts],
            "actual": [round(float(actual.get(art, 0.0)), 2) for art in arts],
        }
    )
