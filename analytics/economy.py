"""Budget gaps and forecasts for any part of the organisation, at any level.

Everything is computed from one year's *leaves*: per ansvar and art group, the periodised budget
(b1 … b12), the accounts (a1 … a12) and the trusted seasonal shares (s1 … s12). A level's figures
are plain sums of its leaves, so sectors add up to the municipality to the øre.

Definitions (see DOMAIN.md): gap = budget − actual (negative = overspending); consumption % =
actual ÷ budget so far × 100 (None when that budget is 0); forecast = expected year-end actual;
forecast gap = annual budget − forecast.

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

from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import pandas as pd
from pandas.api.typing import SeriesGroupBy

from analytics.access import Access, visible_organisation
from analytics.artgroups import group_keys, group_name, income_groups
from analytics.budget import BUDGET_COLUMNS, monthly_profile, periodise_budget
from analytics.errors import AccessDenied
from analytics.forecast import (
    MIXED,
    SHARE_COLUMNS,
    SHARE_KEYS,
    ForecastChoice,
    allocate_targets,
    apply_own_forecasts,
    backtest,
    combined_method,
    forecast_leaves,
    seasonal_shares,
    summarise_backtest,
)
from analytics.organisation import (
    Scope,
    ansvar_in_scope,
    read_organisation,
    resolve_scope,
    whole_municipality,
    with_unknown_ansvar,
)
from analytics.settings import Settings, load_settings
from analytics.store import Store
from analytics.store.ledger import (
    ACTUAL_COLUMNS,
    latest_month,
    read_actuals_by_art,
    read_actuals_by_group,
    read_budget,
    read_own_forecasts,
)
from analytics.texts import t

GroupBy = Literal["sector", "unit", "ansvar", "artgroup", "art"]
GROUP_BY: tuple[GroupBy, ...] = ("sector", "unit", "ansvar", "artgroup", "art")
Status = Literal["green", "yellow", "red"]

# by → (code column, name column, level name of the rows)
LEVEL_COLUMNS: dict[GroupBy, tuple[str, str, str]] = {
    "sector": ("sector_code", "sector_name", "sektor"),
    "unit": ("unit_code", "unit_name", "enhet"),
    "ansvar": ("ansvar", "ansvar_name", "ansvar"),
    "artgroup": ("art_group", "art_group_name", "artgroup"),
    "art": ("art", "art", "art"),
}
LEAF_KEYS = ["ansvar", "art_group"]


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


@dataclass(frozen=True, eq=False)
class Ledger:
    """One year of the organisation a person may see, at the leaf level (ansvar × art group)."""

    year: int
    organisation: pd.DataFrame  # visible organisation plus "Ukjent" ansvar
    leaves: pd.DataFrame  # org columns, art_group, art_group_name, b1…b12, a1…a12, s1…s12
    history: pd.DataFrame  # year, ansvar, art_group, a1…a12 for every stored year up to `year`
    profile: pd.DataFrame  # last year's monthly profile (budget.monthly_profile)
    own: pd.DataFrame  # own forecasts: month, unit_code, forecast
    settings: Settings = field(default_factory=Settings)
    complete_organisation: pd.DataFrame | None = None  # all of it, when the person sees a part


def load_ledger(store: Store, access: Access, year: int) -> Ledger:
    """Reads one year (and the history before it) for what `access` may see."""
    complete = read_organisation(store)
    organisation = visible_organisation(complete, access)
    codes = None if access.sees_everything else organisation["ansvar"].tolist()
    history = read_actuals_by_group(store, 0, year, codes)
    budget = read_budget(store, year, codes)
    if access.sees_everything:
        organisation = with_unknown_ansvar(
            organisation, set(history["ansvar"]) | set(budget["ansvar"])
        )
    settings = load_settings(store)
    profile = monthly_profile(history[history["year"] == year - 1])
    leaves = _build_leaves(
        history[history["year"] == year],
        periodise_budget(budget, profile, settings, LEAF_KEYS),
        seasonal_shares(history, year),
        organisation,
        LEAF_KEYS,
    )
    own = read_own_forecasts(store, year)
    visible_codes = set(organisation["unit_code"]) | set(organisation["ansvar"])
    return Ledger(
        year,
        organisation,
        leaves,
        history,
        profile,
        own[own["unit_code"].isin(visible_codes)],
        settings,
        None if access.sees_everything else complete,
    )


def _build_leaves(
    actual: pd.DataFrame,
    budget: pd.DataFrame,
    shares: pd.DataFrame,
    organisation: pd.DataFrame,
    keys: list[str],
) -> pd.DataFrame:
    joined = budget.merge(actual[[*keys, *ACTUAL_COLUMNS]], on=keys, how="outer")
    joined = joined.fillna({column: 0.0 for column in BUDGET_COLUMNS + ACTUAL_COLUMNS})
    joined = joined.merge(shares, on=SHARE_KEYS, how="left").merge(
        organisation, on="ansvar", how="inner"
    )
    return joined.assign(art_group_name=joined["art_group"].map(group_name)).sort_values(
        keys, ignore_index=True
    )


def scope_of(ledger: Ledger, scope: Scope | str | None) -> Scope:
    """The scope as a Scope: None is the whole municipality; text is a code or a scope key."""
    if scope is None:
        return whole_municipality()
    known = (
        ledger.organisation
        if ledger.complete_organisation is None
        else ledger.complete_organisation
    )
    chosen = scope if isinstance(scope, Scope) else resolve_scope(known, scope)
    _require_whole_scope(ledger, chosen)
    return chosen


def _require_whole_scope(ledger: Ledger, scope: Scope) -> None:
    """A sector or unit is shown only to someone who sees all of it: under its name, a part of
    it would pass for the whole. (The whole municipality is each person's own part of it.)"""
    if scope.level == "kommune" or ledger.complete_organisation is None:
        return
    wanted = set(ansvar_in_scope(ledger.complete_organisation, scope))
    if not wanted or not wanted <= set(ledger.organisation["ansvar"]):
        raise AccessDenied(t("access.denied"))


def leaf_forecasts(ledger: Ledger, month: int, choice: ForecastChoice = "auto") -> pd.DataFrame:
    """The leaves with forecast, forecast_method and own_adjustment at `month` (1–12)."""
    forecasted = forecast_leaves(ledger.leaves, month, choice)
    own = ledger.own if choice == "auto" else ledger.own.iloc[0:0]
    return apply_own_forecasts(forecasted, own, month)


def leaves_in_scope(leaves: pd.DataFrame, organisation: pd.DataFrame, scope: Scope) -> pd.DataFrame:
    """The leaves whose ansvar lies in the scope."""
    if scope.level == "kommune":
        return leaves
    return leaves[leaves["ansvar"].isin(ansvar_in_scope(organisation, scope))]


def summarise(
    leaves: pd.DataFrame, month: int, by: GroupBy, settings: Settings
) -> list[BudgetStatus]:
    """One BudgetStatus per value of the `by` column, ordered by code (art groups in their
    declared order)."""
    code_column, name_column, level = LEVEL_COLUMNS[by]
    if leaves.empty:
        return []
    codes = leaves[code_column].astype(str).to_numpy()
    sums = _leaf_figures(leaves, month).groupby(codes).sum()
    grouped = leaves.groupby(codes)
    names = grouped[name_column].first().to_dict()
    methods = _combined_methods(grouped["forecast_method"]).to_dict()
    rows = [
        _status_from_sums(str(code), str(names[code]), level, figures, methods[code], settings)
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
    consumption = None if budget_ytd == 0 else round(actual_ytd / budget_ytd * 100, 2) + 0.0
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


def status_from(forecast_gap: float, gross: float, settings: Settings) -> Status:
    """green / yellow / red from the forecast overspend as a share of the gross annual budget."""
    overspend = -forecast_gap
    if gross <= 0:
        return "red" if overspend > 0 else "green"
    share_pct = overspend / gross * 100
    if share_pct < settings.status_green_max_pct:
        return "green"
    if share_pct > settings.status_red_min_pct:
        return "red"
    return "yellow"


def compute_gaps(
    store: Store,
    access: Access,
    year: int,
    month: int | None = None,
    by: GroupBy = "sector",
    scope: Scope | str | None = None,
    method: ForecastChoice = "auto",
) -> list[BudgetStatus]:
    """The gap table: one row per sector/unit/ansvar/art group in the scope, then the total.

    The LAST element is the scope's total (key "kommune" for the whole municipality, else the
    scope's code). `month` defaults to the latest month with accounts (12 without accounts).
    """
    ledger = load_ledger(store, access, year)
    return gaps_from_ledger(ledger, month or latest_month(store, year) or 12, by, scope, method)


def gaps_from_ledger(
    ledger: Ledger,
    month: int,
    by: GroupBy,
    scope: Scope | str | None = None,
    method: ForecastChoice = "auto",
) -> list[BudgetStatus]:
    """As `compute_gaps`, on a ledger already read."""
    chosen = scope_of(ledger, scope)
    leaves = leaves_in_scope(leaf_forecasts(ledger, month, method), ledger.organisation, chosen)
    rows = summarise(leaves, month, by, ledger.settings)
    return [
        *rows,
        total_of(
            leaves, month, chosen.code or "kommune", chosen.name, chosen.level, ledger.settings
        ),
    ]


def scope_total(
    ledger: Ledger, month: int, scope: Scope | str | None = None, method: ForecastChoice = "auto"
) -> BudgetStatus:
    """Only the total row of `gaps_from_ledger` (cheaper when the rows are not needed)."""
    chosen = scope_of(ledger, scope)
    leaves = leaves_in_scope(leaf_forecasts(ledger, month, method), ledger.organisation, chosen)
    key = chosen.code or "kommune"
    return total_of(leaves, month, key, chosen.name, chosen.level, ledger.settings)


def art_leaves(
    store: Store,
    ledger: Ledger,
    month: int,
    scope: Scope,
    art_group: str,
    method: ForecastChoice = "auto",
) -> pd.DataFrame:
    """The leaves of one art group in a scope split per art, with forecasts that add up to the
    art group's (own-forecast adjustments spread over the arts like over the art groups)."""
    codes = ansvar_in_scope(ledger.organisation, scope) if scope.level != "kommune" else None
    actual = read_actuals_by_art(store, ledger.year, codes, art_group)
    budget = read_budget(store, ledger.year, codes, art_group)
    keys = [*LEAF_KEYS, "art"]
    leaves = _build_leaves(
        actual,
        periodise_budget(budget, ledger.profile, ledger.settings, keys),
        ledger.leaves[[*SHARE_KEYS, *SHARE_COLUMNS]],
        ledger.organisation,
        keys,
    )
    leaves = leaves_in_scope(leaves, ledger.organisation, scope)
    return _spread_group_adjustments(
        forecast_leaves(leaves, month, method), leaf_forecasts(ledger, month, method)
    )


def _spread_group_adjustments(arts: pd.DataFrame, groups: pd.DataFrame) -> pd.DataFrame:
    adjusted = groups[groups["forecast_method"] == "own"]
    if adjusted.empty or arts.empty:
        return arts
    leaf_key = arts["ansvar"] + "\x1f" + arts["art_group"]
    targets = arts.groupby(leaf_key)["forecast"].sum()
    adjustment = pd.Series(
        adjusted["own_adjustment"].to_numpy(),
        index=adjusted["ansvar"] + "\x1f" + adjusted["art_group"],
    )
    targets = (targets + adjustment.reindex(targets.index)).dropna()
    return allocate_targets(arts.assign(leaf_key=leaf_key), "leaf_key", targets).drop(
        columns="leaf_key"
    )


def monthly_series(ledger: Ledger, month: int, scope: Scope | str | None = None) -> pd.DataFrame:
    """Per month 1–12: budget, actual, and their cumulative sums (actual NaN after `month`).

    The budget is the periodised budget the gap uses. Amounts in NOK.
    """
    leaves = leaves_in_scope(ledger.leaves, ledger.organisation, scope_of(ledger, scope))
    budget = leaves[BUDGET_COLUMNS].to_numpy(dtype=float).sum(axis=0).round(2)
    actual = leaves[ACTUAL_COLUMNS].to_numpy(dtype=float).sum(axis=0).round(2)
    shown = np.arange(1, 13) <= month
    return pd.DataFrame(
        {
            "month": np.arange(1, 13),
            "budget": budget,
            "actual": np.where(shown, actual, np.nan),
            "budget_cum": budget.cumsum().round(2),
            "actual_cum": np.where(shown, actual.cumsum().round(2), np.nan),
        }
    )


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


def unit_names(ledger: Ledger) -> dict[str, str]:
    """Unit code → unit name, for the units the ledger's person may see."""
    units = ledger.organisation.drop_duplicates("unit_code")
    return dict(zip(units["unit_code"], units["unit_name"], strict=True))
