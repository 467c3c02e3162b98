"""The periodised budget: the budget of each month, from monthly or annual budget lines.

A monthly budget line is used as it is. An annual amount is spread over the months evenly
(`Settings.budget_spread = "even"`), or by last year's monthly profile of the actuals of the same
ansvar and art group (`"profile"`, or `"even"` with the group named in
`Settings.profile_art_groups`). A profile is usable only when last year's total is not zero and no
month has the opposite sign of the total (a correction month would make a share negative);
otherwise that amount is spread evenly. Months are rounded to the øre, the rest goes to December,
so the months always add up to the annual amount exactly.
Which budget lines apply is decided per ansvar and art (`ledger.read_budget`): the revised
budget where that ansvar and art has any revised line, else the original; within that kind, the
monthly lines where there are any, else the annual lines. A revision may therefore restate only
the changed accounts; the others keep their original budget.
Amounts in NOK, expenses positive, income negative.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analytics.core.settings import Settings
from analytics.store.ledger import ACTUAL_COLUMNS, MONTHS

BUDGET_COLUMNS = [f"b{month}" for month in MONTHS]
PROFILE_COLUMNS = [f"p{month}" for month in MONTHS]
PROFILE_KEYS = ["ansvar", "art_group"]


def profiled_groups(settings: Settings, groups: list[str]) -> set[str]:
    """The art groups whose annual budget is spread by last year's profile."""
    if settings.budget_spread == "profile":
        return set(groups)
    named = {name.strip() for name in settings.profile_art_groups.split(",")}
    return named & set(groups)


def monthly_profile(actuals_last_year: pd.DataFrame) -> pd.DataFrame:
    """Each usable (ansvar, art group)'s share of last year's total per month (p1 … p12).

    Input: ansvar, art_group, a1 … a12 (last year's accounts). Only usable profiles are returned.
    """
    summed = actuals_last_year.groupby(PROFILE_KEYS, as_index=False)[ACTUAL_COLUMNS].sum()
    months = summed[ACTUAL_COLUMNS].to_numpy(dtype=float)
    totals = months.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        shares = months / totals[:, None]
    usable = (np.abs(totals) >= 0.005) & (shares >= 0).all(axis=1)
    profile = pd.DataFrame(shares[usable], columns=PROFILE_COLUMNS)
    return pd.concat([summed.loc[usable, PROFILE_KEYS].reset_index(drop=True), profile], axis=1)


def periodise_budget(
    budget: pd.DataFrame, profile: pd.DataFrame, settings: Settings, keys: list[str]
) -> pd.DataFrame:
    """The budget per key and month: `keys` + b1 … b12.

    `budget`: keys, month (NaN for an annual amount), amount — as `ledger.read_budget` gives it,
    with art_group added. `keys` must include ansvar and art_group (the profile's keys).
    """
    monthly = _monthly_lines(budget, keys)
    annual = budget[budget["month"].isna()].groupby(keys, as_index=False)[["amount"]].sum()
    spread = _spread_annual(annual, profile, settings, keys)
    combined = pd.concat([monthly, spread], ignore_index=True)
    summed = combined.groupby(keys, as_index=False)[BUDGET_COLUMNS].sum()
    rounded = pd.DataFrame(
        summed[BUDGET_COLUMNS].to_numpy(dtype=float).round(2), columns=BUDGET_COLUMNS
    )
    return pd.concat([summed[keys], rounded], axis=1)


def _monthly_lines(budget: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    lines = budget[budget["month"].notna()]
    if lines.empty:
        return pd.DataFrame(columns=[*keys, *BUDGET_COLUMNS])
    wide = lines.pivot_table(
        index=keys, columns="month", values="amount", aggfunc="sum", fill_value=0.0
    )
    wide = wide.reindex(columns=[float(m) for m in MONTHS], fill_value=0.0)
    wide.columns = BUDGET_COLUMNS
    return wide.reset_index()


def _spread_annual(
    annual: pd.DataFrame, profile: pd.DataFrame, settings: Settings, keys: list[str]
) -> pd.DataFrame:
    groups = profiled_groups(settings, sorted(annual["art_group"].unique()))
    usable = profile[profile["art_group"].isin(groups)]
    joined = annual.merge(usable, on=PROFILE_KEYS, how="left")
    shares = joined[PROFILE_COLUMNS].to_numpy(dtype=float)
    shares = np.where(np.isnan(shares[:, :1]), 1 / 12, shares)
    amounts = joined["amount"].to_numpy(dtype=float)
    months = np.round(amounts[:, None] * shares, 2)
    months[:, -1] = np.round(amounts - months[:, :-1].sum(axis=1), 2)
    return pd.concat(
        [joined[keys].reset_index(drop=True), pd.DataFrame(months, columns=BUDGET_COLUMNS)],
        axis=1,
    )
