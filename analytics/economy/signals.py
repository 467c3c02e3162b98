"""Signals for the workshop: the largest deviations first, and early warnings.

An early warning is raised for a unit (or any row) when
- its overspend (−gap so far) has grown in each of the last three months (the overspend before
  January counts as 0, so March is the first month this can happen), or
- its forecast moved beyond the red threshold this month (it was not red the month before),
even when the gap so far still looks fine.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from analytics.core.names import GroupBy
from analytics.core.organisation import Scope
from analytics.core.texts import t
from analytics.economy.forecast import ForecastChoice
from analytics.economy.gaps import BudgetStatus, gaps_from_ledger
from analytics.economy.ledger import Ledger

WarningKind = Literal["growing_overspend", "forecast_beyond"]
GROWTH_MONTHS = 3


@dataclass(frozen=True)
class EarlyWarning:
    """A row that needs attention before the year-to-date figures show it."""

    key: str
    name: str
    kind: WarningKind
    month: int

    @property
    def message(self) -> str:
        return t(f"economy.warning.{self.kind}")


def largest_deviations(rows: Sequence[BudgetStatus], count: int = 5) -> list[BudgetStatus]:
    """The rows with the largest gap so far (either direction), largest first."""
    return sorted(rows, key=lambda row: abs(row.gap_ytd), reverse=True)[:count]


def early_warnings(
    ledger: Ledger,
    month: int,
    by: GroupBy = "unit",
    scope: Scope | str | None = None,
    method: ForecastChoice = "auto",
) -> list[EarlyWarning]:
    """The early warnings at `month` for the rows of `by` in the scope, by key."""
    months = range(max(1, month - GROWTH_MONTHS), month + 1)
    by_month = {
        m: {r.key: r for r in gaps_from_ledger(ledger, m, by, scope, method).rows} for m in months
    }
    warnings = []
    for key, row in by_month[month].items():
        if _overspend_grew(by_month, key, month):
            warnings.append(EarlyWarning(key, row.name, "growing_overspend", month))
        before = by_month.get(month - 1, {}).get(key)
        if row.status == "red" and (before is None or before.status != "red"):
            warnings.append(EarlyWarning(key, row.name, "forecast_beyond", month))
    return warnings


def _overspend_grew(by_month: dict[int, dict[str, BudgetStatus]], key: str, month: int) -> bool:
    if month < GROWTH_MONTHS:
        return False
    overspend = [_overspend(by_month, key, m) for m in range(month - GROWTH_MONTHS, month + 1)]
    return overspend[-1] > 0 and all(a < b for a, b in pairwise(overspend))


def _overspend(by_month: dict[int, dict[str, BudgetStatus]], key: str, month: int) -> float:
    row = by_month.get(month, {}).get(key)
    return 0.0 if row is None else -row.gap_ytd
