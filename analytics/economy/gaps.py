"""Budget gaps and forecasts for any part of the organisation, at any level.

Everything is computed from one year's *leaves*: per ansvar and art group, the periodised budget
(b1 … b12), the accounts (a1 … a12) and the trusted seasonal shares (s1 … s12). A level's figures
are plain sums of its leaves, so sectors add up to the municipality to the øre.

Definitions (see DOMAIN.md): gap = budget − actual (negative = overspending); consumption % =
actual ÷ budget so far × 100 (None when that budget is 0, or nets the scope's income against its
costs to under `NET_SHARE_MIN` of its gross budget so far: the whole municipality's balanced
budget nets to almost nothing, and a share of almost nothing read 725 %); forecast = expected
year-end actual; forecast gap = annual budget − forecast.

Status: the forecast overspend (−forecast gap) as a share of the *gross* annual budget: the
budget of the expense art groups (wages, purchases, transfers, …), or the absolute net budget when
that is larger. A unit's net budget can be near 0 (income pays for the costs) or negative, and
would turn a small overspend into hundreds of per cent; the gross budget says how much money the
unit actually runs. Green when under `status_green_max_pct`, red when over `status_red_min_pct`,
yellow between; with no budget at all, any overspend is red.

The current organisation applies to the whole year: a unit that moved to another sector in the
middle of the year counts under its new sector for all months. Ansvar codes that the organisation
lacks roll up under the "Ukjent" unit and sector (visible only to those who see everything).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from pandas.api.typing import SeriesGroupBy

from analytics.core.access import Access
from analytics.core.artgroups import OPERATING, group_keys, income_groups
from analytics.core.names import GroupBy, Status, level
from analytics.core.organisation import Scope
from analytics.core.settings import Settings
from analytics.economy.budget import BUDGET_COLUMNS
from analytics.economy.forecast import (
    MIXED,
    ForecastChoice,
    backtest,
    combined_method,
    summarise_backtest,
)
from analytics.economy.ledger import (
    Ledger,
    leaf_forecasts,
    leaves_in_scope,
    load_ledger,
    project_leaves,
    scope_of,
)
from analytics.store import Store
from analytics.store.ledger import (
    ACTUAL_COLUMNS,
    latest_month,
)


@dataclass(frozen=True)
class BudgetStatus:
    """One row of a gap table: amounts in NOK (expenses positive), consumption in %."""

    key: str
    name: str
    level: str
    annual_budget: float
    budget_ytd: float
    actual_ytd: float
    gap_ytd: float
    consumption_pct: float | None
    forecast: float
    forecast_gap: float
    forecast_method: str
    status: Status


@dataclass(frozen=True)
class GapTable:
    """A scope's gap table: a row per sector, unit, ansvar, art group or art in it, and the
    scope's total (the plain sum of the same leaves, so the rows add up to it to the øre)."""

    rows: tuple[BudgetStatus, ...]
    total: BudgetStatus

    def with_total(self) -> tuple[BudgetStatus, ...]:
        """The rows with the total as the last row, as tables and the command line print it."""
        return (*self.rows, self.total)


def summarise(
    leaves: pd.DataFrame, month: int, by: GroupBy, settings: Settings
) -> list[BudgetStatus]:
    """One BudgetStatus per value of the `by` column, ordered by code (art groups in their
    declared order)."""
    rows_level = level(by)
    code_column, name_column = rows_level.code_column, rows_level.name_column
    if leaves.empty:
        return []
    codes = leaves[code_column].astype(str).to_numpy()
    sums = _leaf_figures(leaves, month).groupby(codes).sum()
    grouped = leaves.groupby(codes)
    names = grouped[name_column].first().to_dict()
    methods = _combined_methods(grouped["forecast_method"]).to_dict()
    rows = [
        _status_from_sums(
            str(code), str(names[code]), rows_level.key, figures, methods[code], settings
        )
        for code, figures in sums.iterrows()
    ]
    if by == "artgroup":
        order = group_keys()
        rows.sort(key=lambda row: order.index(row.key))
    return rows


def total_of(
    leaves: pd.DataFrame, month: int, key: str, name: str, level: str, settings: Settings
) -> BudgetStatus:
    """The leaves summed into one row."""
    sums = _leaf_figures(leaves, month).sum()
    return _status_from_sums(
        key, name, level, sums, combined_method(leaves["forecast_method"]), settings
    )


def _leaf_figures(leaves: pd.DataFrame, month: int) -> pd.DataFrame:
    budget = leaves[BUDGET_COLUMNS].to_numpy(dtype=float)
    annual = budget.sum(axis=1)
    expense = ~leaves["art_group"].isin(income_groups()).to_numpy()
    return pd.DataFrame(
        {
            "annual": annual,
            "budget_ytd": budget[:, :month].sum(axis=1),
            "actual_ytd": leaves[ACTUAL_COLUMNS[:month]].to_numpy(dtype=float).sum(axis=1),
            "forecast": leaves["forecast"].to_numpy(dtype=float),
            "expense_budget": np.where(expense, annual, 0.0),
            "expense_budget_ytd": np.where(expense, budget[:, :month].sum(axis=1), 0.0),
        }
    )


def _combined_methods(methods: SeriesGroupBy) -> pd.Series:
    first = methods.first()
    return first.where(methods.nunique() <= 1, MIXED)


def _status_from_sums(
    key: str, name: str, level: str, sums: pd.Series, method: str, settings: Settings
) -> BudgetStatus:
    annual = round(float(sums["annual"]), 2)
    budget_ytd = round(float(sums["budget_ytd"]), 2)
    actual_ytd = round(float(sums["actual_ytd"]), 2)
    forecast = round(float(sums["forecast"]), 2)
    forecast_gap = round(annual - forecast, 2)
    consumption = consumption_pct(actual_ytd, budget_ytd, float(sums["expense_budget_ytd"]))
    gross = max(float(sums["expense_budget"]), abs(annual))
    return BudgetStatus(
        key=key,
        name=name,
        level=level,
        annual_budget=annual,
        budget_ytd=budget_ytd,
        actual_ytd=actual_ytd,
        gap_ytd=round(budget_ytd - actual_ytd, 2),
        consumption_pct=consumption,
        forecast=forecast,
        forecast_gap=forecast_gap,
        forecast_method=method,
        status=status_from(forecast_gap, gross, settings),
    )


NET_SHARE_MIN = 0.05  # a net budget under 5 % of the gross one has no consumption %


def consumption_pct(actual_ytd: float, budget_ytd: float, expense_ytd: float) -> float | None:
    """actual ÷ budget so far × 100, or None: when that budget is 0, or under `NET_SHARE_MIN`
    of the gross budget so far (its expense art groups, or the net budget when larger)."""
    gross = max(expense_ytd, abs(budget_ytd))
    if budget_ytd == 0 or abs(budget_ytd) < NET_SHARE_MIN * gross:
        return None
    return round(actual_ytd / budget_ytd * 100, 2) + 0.0


def status_from(forecast_gap: float, gross: float, settings: Settings) -> Status:
    """green / yellow / red from the forecast overspend as a share of the gross annual budget."""
    overspend = -forecast_gap
    if gross <= 0:
        return Status.RED if overspend > 0 else Status.GREEN
    share_pct = overspend / gross * 100
    if share_pct < settings.status_green_max_pct:
        return Status.GREEN
    if share_pct > settings.status_red_min_pct:
        return Status.RED
    return Status.YELLOW


def compute_gaps(
    store: Store,
    access: Access,
    year: int,
    month: int | None = None,
    by: GroupBy = "sector",
    scope: Scope | str | None = None,
    method: ForecastChoice = "auto",
    ledger_name: str = OPERATING,
) -> GapTable:
    """The gap table of the scope in one ledger (operating unless told): one row per
    sector/unit/ansvar/art group/project, and the total (key "kommune" for the whole
    municipality, else the scope's code). `month` defaults to the latest month with accounts
    of the ledger (12 without accounts)."""
    ledger = load_ledger(store, access, year, ledger_name)
    month = month or latest_month(store, year, ledger_name) or 12
    if by == "project":
        return project_gaps(store, ledger, month, scope, method)
    return gaps_from_ledger(ledger, month, by, scope, method)


def project_gaps(
    store: Store,
    ledger: Ledger,
    month: int,
    scope: Scope | str | None = None,
    method: ForecastChoice = "auto",
) -> GapTable:
    """The gap table of the scope by project (lines of no project as one row, key ''); the
    rows add up to the scope's total."""
    chosen = scope_of(ledger, scope)
    leaves = project_leaves(store, ledger, month, chosen, method)
    total = scope_total(ledger, month, chosen, method)
    return GapTable(tuple(summarise(leaves, month, "project", ledger.settings)), total)


def gaps_from_ledger(
    ledger: Ledger,
    month: int,
    by: GroupBy,
    scope: Scope | str | None = None,
    method: ForecastChoice = "auto",
) -> GapTable:
    """As `compute_gaps`, on a ledger already read."""
    chosen = scope_of(ledger, scope)
    leaves = leaves_in_scope(leaf_forecasts(ledger, month, method), ledger.organisation, chosen)
    total = total_of(
        leaves, month, chosen.code or "kommune", chosen.name, chosen.level, ledger.settings
    )
    return GapTable(tuple(summarise(leaves, month, by, ledger.settings)), total)


def scope_total(
    ledger: Ledger, month: int, scope: Scope | str | None = None, method: ForecastChoice = "auto"
) -> BudgetStatus:
    """Only the total row of `gaps_from_ledger` (cheaper when the rows are not needed)."""
    chosen = scope_of(ledger, scope)
    leaves = leaves_in_scope(leaf_forecasts(ledger, month, method), ledger.organisation, chosen)
    key = chosen.code or "kommune"
    return total_of(leaves, month, key, chosen.name, chosen.level, ledger.settings)


def statuses_frame(statuses: list[BudgetStatus]) -> pd.DataFrame:
    """BudgetStatus rows as a frame (columns named as the dataclass fields)."""
    return pd.DataFrame([vars(status) for status in statuses])


def backtest_by_unit(
    ledger: Ledger, scope: Scope | str | None = None, method: ForecastChoice = "seasonal"
) -> pd.DataFrame:
    """Mean absolute forecast error in % of the year-end, per unit in the scope (rows) and
    month 1–11 (columns), over every stored year before the ledger's year."""
    organisation = ledger.organisation[["ansvar", "unit_code"]]
    history = ledger.history.merge(organisation, on="ansvar", how="inner")
    history = leaves_in_scope(history, ledger.organisation, scope_of(ledger, scope))
    return summarise_backtest(backtest(history, "unit_code", ledger.year), method)
