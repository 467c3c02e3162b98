"""The built-in indicators' values, computed from the domains, in the form imported values take
(VALUE_COLUMNS and `hidden`), so that one status rule reads them all.

- economy: the forecast overspend (−forecast gap) as % of the gross annual budget (the expense
  art groups' budget, or the absolute net budget when larger), per sector, unit or ansvar, as
  of a month; the same share the economy's status light is taken from.
- sick_leave: the sick leave of the twelve months up to each month (summed days, never averaged
  percentages); a group too small to show is a hidden value.
- kompass: the Kommunekompasset total of the year's latest evaluation, for the municipality.
- net_operating_result, disposition_fund, net_debt: the council's financial rules, each as % of
  operating income, per year of the financial room (`finance.room.FinanceYear`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from analytics.core.artgroups import income_groups
from analytics.core.organisation import Scope
from analytics.core.settings import Settings
from analytics.economy.budget import BUDGET_COLUMNS
from analytics.economy.gaps import total_of
from analytics.economy.ledger import Ledger, leaf_forecasts, leaves_in_scope
from analytics.finance.room import FinanceYear
from analytics.goals.indicators import empty_values, with_hidden
from analytics.kompass.evaluations import Evaluation
from analytics.sickleave.figures import rolling_twelve_months
from analytics.store.goals import MUNICIPALITY

FINANCE_RULES = ("net_operating_result", "disposition_fund", "net_debt")


def unit_code_of(scope: Scope) -> str:
    """The unit code indicator values are kept under for a scope (`kommune` for all of it)."""
    return scope.code if scope.level != "kommune" else MUNICIPALITY


def _frame(rows: list[dict[str, object]]) -> pd.DataFrame:
    return with_hidden(pd.DataFrame(rows)) if rows else empty_values()


def economy_values(ledger: Ledger, month: int, scopes: Iterable[Scope]) -> pd.DataFrame:
    """The economy indicator per scope as of the month of the ledger's year (see the module
    docstring); scopes without a budget are left out."""
    leaves = leaf_forecasts(ledger, month)
    rows = []
    for scope in scopes:
        part = leaves_in_scope(leaves, ledger.organisation, scope)
        share = overspend_share(part, month, ledger) if not part.empty else None
        if share is not None:
            rows.append(_row("economy", unit_code_of(scope), ledger.year, "month", month, share))
    return _frame(rows)


def economy_trend(ledger: Ledger, months: Sequence[int], scope: Scope) -> pd.DataFrame:
    """The economy indicator of one scope as it was forecast at the end of each month."""
    parts = [economy_values(ledger, month, [scope]) for month in months]
    return pd.concat(parts, ignore_index=True) if parts else empty_values()


def overspend_share(leaves: pd.DataFrame, month: int, ledger: Ledger) -> float | None:
    """The forecast overspend of the leaves as % of their gross annual budget; None without a
    gross budget (the share says nothing then)."""
    total = total_of(leaves, month, "", "", "", ledger.settings)
    annual = leaves[BUDGET_COLUMNS].to_numpy(dtype=float).sum(axis=1)
    expense = ~leaves["art_group"].isin(income_groups()).to_numpy()
    gross = max(float(annual[expense].sum()), abs(total.annual_budget))
    if gross <= 0:
        return None
    return round(-total.forecast_gap / gross * 100, 2) + 0.0


def sick_leave_values(
    located: pd.DataFrame, scopes: Iterable[Scope], settings: Settings
) -> pd.DataFrame:
    """The twelve-month sick leave (%) per scope and month; hidden where the group is too small."""
    rows = []
    for scope in scopes:
        rolling = rolling_twelve_months(located, scope, settings)
        for entry in rolling.to_dict("records"):
            start = entry["period_start"]
            value = float("nan") if entry["suppressed"] else float(entry["pct"])
            row = _row("sick_leave", unit_code_of(scope), start.year, "month", start.month, value)
            rows.append(row | {"hidden": bool(entry["suppressed"])})
    return _frame(rows)


def kompass_values(evaluations: Sequence[Evaluation]) -> pd.DataFrame:
    """The total of each year's latest Kommunekompasset evaluation (points of 800)."""
    latest = {evaluation.evaluated_on.year: evaluation for evaluation in evaluations}
    rows = [
        _row("kompass", MUNICIPALITY, year, "year", 12, float(evaluation.total))
        for year, evaluation in sorted(latest.items())
    ]
    return _frame(rows)


def finance_values(years: Sequence[FinanceYear]) -> pd.DataFrame:
    """The council's financial rules per year of the financial room (% of operating income),
    for the municipality; years without a share leave it out."""
    rows = [
        _row(rule, MUNICIPALITY, year.year, "year", 12, share)
        for year in years
        for rule, share in year.shares.items()
        if rule in FINANCE_RULES and share is not None
    ]
    return _frame(rows)


def _row(
    key: str, unit_code: str, year: int, kind: str, month: int, value: float
) -> dict[str, object]:
    return {
        "indicator_key": key,
        "unit_code": unit_code,
        "year": int(year),
        "period_kind": kind,
        "period_month": int(month),
        "value": value,
        "hidden": False,
    }
