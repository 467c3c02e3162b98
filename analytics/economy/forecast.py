"""Year-end forecasts: run rate, seasonal profile, and the budget holder's own forecast.

- run rate: actual so far ÷ months × 12.
- seasonal: actual so far ÷ the share of the year's actuals that had come in by the same month,
  pooled over up to `HISTORY_YEARS` earlier years, per ansvar and art group. A share below
  `MIN_SEASONAL_SHARE` (or no earlier year) is not trusted: that figure falls back to run rate.
- own: the budget holder's forecast for a unit or an ansvar (table unit_forecasts), carried
  forward from earlier months of the same year. It overrides the automatic figure of that unit;
  the difference is spread over the unit's lines in proportion to their automatic forecasts
  (evenly when those are all zero), so every level still sums to the level above. At month 12
  the accounts are final and own forecasts no longer apply.

`method` "auto" = own where given, else seasonal, else run rate; "seasonal" = seasonal, else run
rate; "run-rate" = run rate only. Each figure records the method that produced it.
Amounts in NOK, expenses positive, income negative; months 1–12.
"""

from __future__ import annotations

from typing import Literal

import numpy as np
import pandas as pd

from analytics.store.ledger import ACTUAL_COLUMNS, MONTHS

ForecastChoice = Literal["auto", "run-rate", "seasonal"]
FORECAST_CHOICES: tuple[ForecastChoice, ...] = ("auto", "run-rate", "seasonal")
HISTORY_YEARS = 3
MIN_SEASONAL_SHARE = 0.05
SHARE_COLUMNS = [f"s{month}" for month in MONTHS]
SHARE_KEYS = ["ansvar", "art_group"]
RUN_RATE, SEASONAL, OWN, MIXED = "run_rate", "seasonal", "own", "mixed"


def seasonal_shares(history: pd.DataFrame, year: int) -> pd.DataFrame:
    """Cumulative share of the year-end actual by month (s1 … s12) per ansvar and art group.

    `history`: year, ansvar, art_group, a1 … a12. Uses the `HISTORY_YEARS` years before `year`;
    a share that cannot be trusted is NaN.
    """
    past = history[(history["year"] < year) & (history["year"] >= year - HISTORY_YEARS)]
    pooled = past.groupby(SHARE_KEYS, as_index=False)[ACTUAL_COLUMNS].sum()
    shares = trusted_shares(pooled[ACTUAL_COLUMNS].to_numpy(dtype=float).cumsum(axis=1))
    return pd.concat(
        [pooled[SHARE_KEYS].reset_index(drop=True), pd.DataFrame(shares, columns=SHARE_COLUMNS)],
        axis=1,
    )


def trusted_shares(cumulative: np.ndarray) -> np.ndarray:
    """Cumulative amounts by month (rows × 12) as shares of month 12; NaN where untrusted
    (a year-end of 0, or a share below `MIN_SEASONAL_SHARE`)."""
    totals = cumulative[:, -1:]
    with np.errstate(divide="ignore", invalid="ignore"):
        shares = np.where(np.abs(totals) >= 0.005, cumulative / totals, np.nan)
    return np.where(shares >= MIN_SEASONAL_SHARE, shares, np.nan)


def automatic_forecast(
    actual_ytd: np.ndarray, share: np.ndarray, month: int, choice: ForecastChoice
) -> tuple[np.ndarray, np.ndarray]:
    """Forecasts and their methods for arrays of year-to-date actuals and shares at `month`."""
    run_rate = actual_ytd / month * 12
    if choice == "run-rate":
        return np.round(run_rate, 2), np.full(len(actual_ytd), RUN_RATE, dtype=object)
    usable = ~np.isnan(share)
    with np.errstate(divide="ignore", invalid="ignore"):
        seasonal = np.where(usable, actual_ytd / share, run_rate)
    methods = np.where(usable, SEASONAL, RUN_RATE).astype(object)
    return np.round(seasonal, 2), methods


def forecast_leaves(leaves: pd.DataFrame, month: int, choice: ForecastChoice) -> pd.DataFrame:
    """The leaves with `forecast` and `forecast_method` added (automatic methods only).

    `leaves` holds a1 … a12 and s1 … s12 (NaN where no trusted share).
    """
    actual_ytd = leaves[ACTUAL_COLUMNS[:month]].to_numpy(dtype=float).sum(axis=1)
    share = leaves[SHARE_COLUMNS[month - 1]].to_numpy(dtype=float)
    forecast, methods = automatic_forecast(actual_ytd, share, month, choice)
    return leaves.assign(forecast=forecast, forecast_method=methods)


def latest_own_forecasts(own: pd.DataFrame, month: int) -> pd.Series:
    """Each code's own forecast as it stood at `month` (the newest entry at or before it)."""
    known = own[own["month"] <= month].sort_values("month")
    return known.groupby("unit_code")["forecast"].last()


def apply_own_forecasts(leaves: pd.DataFrame, own: pd.DataFrame, month: int) -> pd.DataFrame:
    """The leaves with own forecasts applied: first those given per ansvar, then per unit.

    Adds `own_adjustment` (forecast after minus before). Codes are matched as unit codes first.
    """
    before = leaves["forecast"].to_numpy(dtype=float)
    result = leaves
    if month < 12 and not own.empty:
        latest = latest_own_forecasts(own, month)
        units = set(leaves["unit_code"])
        by_ansvar = latest[~latest.index.isin(units)]
        result = allocate_targets(result, "ansvar", by_ansvar)
        result = allocate_targets(result, "unit_code", latest[latest.index.isin(units)])
    return result.assign(own_adjustment=np.round(result["forecast"].to_numpy() - before, 2))


def allocate_targets(leaves: pd.DataFrame, column: str, targets: pd.Series) -> pd.DataFrame:
    """Sets the forecast of each group of leaves (by `column`) to its target in `targets`;
    the leaves of those groups get method "own". See `spread_difference` for how."""
    hit = leaves[column].isin(targets.index).to_numpy()
    if not hit.any():
        return leaves
    group, codes = pd.factorize(leaves.loc[hit, column])
    forecast = leaves["forecast"].to_numpy(dtype=float).copy()
    forecast[hit] += spread_difference(forecast[hit], group, targets.reindex(codes).to_numpy())
    methods = np.where(hit, OWN, leaves["forecast_method"].to_numpy())
    return leaves.assign(forecast=np.round(forecast, 2), forecast_method=methods)


def spread_difference(forecast: np.ndarray, group: np.ndarray, target: np.ndarray) -> np.ndarray:
    """Each leaf's part of its group's difference (target − sum of the group's forecasts).

    In proportion to the leaves' absolute forecasts, evenly when they are all zero; rounded to
    the øre, with what rounding leaves over on the group's first leaf, so the group hits its
    target exactly. `group` numbers each leaf's group 0 … len(target) − 1.
    """
    groups = len(target)
    weight = np.abs(forecast)
    weight_sum = np.bincount(group, weights=weight, minlength=groups)[group]
    count = np.bincount(group, minlength=groups)[group]
    share = np.where(weight_sum > 0, weight / np.where(weight_sum > 0, weight_sum, 1), 1 / count)
    difference = target - np.bincount(group, weights=forecast, minlength=groups)
    pieces = np.round(difference[group] * share, 2)
    rest = difference - np.bincount(group, weights=pieces, minlength=groups)
    present, first_leaf = np.unique(group, return_index=True)
    pieces[first_leaf] += np.round(rest[present], 2)
    return pieces


def combined_method(methods: pd.Series) -> str:
    """One method for a sum of figures: theirs when all agree, else "mixed"."""
    distinct = set(methods)
    return distinct.pop() if len(distinct) == 1 else (MIXED if distinct else RUN_RATE)


BACKTEST_CHOICES: tuple[ForecastChoice, ...] = ("run-rate", "seasonal")


def backtest(history: pd.DataFrame, group_column: str, before_year: int) -> pd.DataFrame:
    """How far the automatic forecasts missed the real year-end in earlier years.

    `history`: year, ansvar, art_group, `group_column`, a1 … a12 (the accounts of past years).
    For each year before `before_year`, each month 1–11 and each automatic method, the forecast
    summed per `group_column` is compared with that year's actual year-end.
    Returns code, year, month, method, forecast, actual, error (forecast − actual, NOK) and
    error_pct (error as % of the absolute actual; NaN when the actual is 0).
    """
    past = history[history["year"] < before_year]
    years = sorted(int(year) for year in past["year"].unique())
    if not years:
        return pd.DataFrame(columns=[*BACKTEST_COLUMNS, "error", "error_pct"])
    cube, group_of_leaf, codes = _cumulative_cube(past, group_column, years)
    parts = [
        _backtest_year(cube, group_of_leaf, codes, years, index, choice)
        for index in range(len(years))
        for choice in BACKTEST_CHOICES
    ]
    result = pd.DataFrame(
        {column: np.concatenate([part[column] for part in parts]) for column in BACKTEST_COLUMNS}
    )
    error = result["forecast"] - result["actual"]
    actual = result["actual"].abs()
    return result.assign(
        error=error.round(2), error_pct=(error / actual.where(actual >= 0.005) * 100).round(1)
    )


BACKTEST_COLUMNS = ["code", "year", "month", "method", "forecast", "actual"]


def _cumulative_cube(
    history: pd.DataFrame, group_column: str, years: list[int]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Cumulative actuals as an array [leaf, year, month], each leaf's group number, and the
    group codes by number."""
    leaf_index = history.groupby(SHARE_KEYS, sort=False).ngroup().to_numpy()
    group_of_leaf = np.zeros(leaf_index.max() + 1, dtype=np.int64)
    numbers, codes = pd.factorize(history[group_column].astype(str))
    group_of_leaf[leaf_index] = numbers
    cube = np.zeros((len(group_of_leaf), len(years), 12))
    year_index = np.searchsorted(years, history["year"].to_numpy())
    cube[leaf_index, year_index, :] = history[ACTUAL_COLUMNS].to_numpy(dtype=float)
    return cube.cumsum(axis=2), group_of_leaf, np.asarray(codes, dtype=object)


def _backtest_year(
    cube: np.ndarray,
    group_of_leaf: np.ndarray,
    codes: np.ndarray,
    years: list[int],
    index: int,
    choice: ForecastChoice,
) -> dict[str, np.ndarray]:
    """One year and method of the back-test as columns (a row per group and month 1–11)."""
    year = years[index]
    earlier = [i for i in range(index) if years[i] >= year - HISTORY_YEARS]
    if earlier:
        shares = trusted_shares(cube[:, earlier, :].sum(axis=1))
    else:
        shares = np.full((cube.shape[0], 12), np.nan)
    months = np.arange(1, 12)
    forecasts = np.column_stack(
        [
            automatic_forecast(cube[:, index, m - 1], shares[:, m - 1], m, choice)[0]
            for m in range(1, 12)
        ]
    )
    summed = np.zeros((len(codes), len(months)))
    np.add.at(summed, group_of_leaf, forecasts)
    actual = np.bincount(group_of_leaf, weights=cube[:, index, 11], minlength=len(codes))
    count = len(codes)
    return {
        "code": np.repeat(codes, len(months)),
        "year": np.full(count * len(months), year),
        "month": np.tile(months, count),
        "method": np.full(count * len(months), choice, dtype=object),
        "forecast": summed.ravel().round(2),
        "actual": np.repeat(actual, len(months)).round(2),
    }


def summarise_backtest(backtest_rows: pd.DataFrame, method: ForecastChoice) -> pd.DataFrame:
    """Mean absolute error in % of the year-end per code (rows) and month 1–11 (columns)."""
    chosen = backtest_rows[backtest_rows["method"] == method]
    return chosen.assign(abs_pct=chosen["error_pct"].abs()).pivot_table(
        index="code", columns="month", values="abs_pct", aggfunc="mean"
    )
