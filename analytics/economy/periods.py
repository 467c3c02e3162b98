"""Quarter and tertial views: the same analysis per period, with the change since the last report.

Quarters end in March, June, September and December; tertials on 30 April, 31 August and
31 December (the reports to the council, kommuneloven § 14-15). Only periods that have ended by
the chosen month are shown. Each period's forecast is the one that could be made at its end
(own forecasts as they stood then); the accounts are those stored now.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from analytics.core.organisation import Scope
from analytics.core.texts import t
from analytics.economy.forecast import ForecastChoice
from analytics.economy.gaps import scope_total
from analytics.economy.ledger import Ledger, scope_of

PeriodKind = Literal["quarter", "tertial"]
PERIOD_ENDS: dict[PeriodKind, tuple[int, ...]] = {"quarter": (3, 6, 9, 12), "tertial": (4, 8, 12)}


@dataclass(frozen=True)
class PeriodFigures:
    """One quarter or tertial of a scope. Amounts NOK; changes are against the period before."""

    label: str
    end_month: int
    budget_period: float
    actual_period: float
    gap_period: float
    budget_ytd: float
    actual_ytd: float
    gap_ytd: float
    forecast: float
    forecast_gap: float
    status: str
    gap_change: float | None
    forecast_change: float | None


def period_figures(
    ledger: Ledger,
    month: int,
    kind: PeriodKind,
    scope: Scope | str | None = None,
    method: ForecastChoice = "auto",
) -> list[PeriodFigures]:
    """The quarters or tertials that ended by `month`, oldest first."""
    chosen = scope_of(ledger, scope)
    result: list[PeriodFigures] = []
    for number, end in enumerate(PERIOD_ENDS[kind], start=1):
        if end > month:
            break
        total = scope_total(ledger, end, chosen, method)
        previous = result[-1] if result else None
        budget_before = previous.budget_ytd if previous else 0.0
        actual_before = previous.actual_ytd if previous else 0.0
        budget_period = round(total.budget_ytd - budget_before, 2)
        actual_period = round(total.actual_ytd - actual_before, 2)
        result.append(
            PeriodFigures(
                label=t(f"economy.{kind}", number=number),
                end_month=end,
                budget_period=budget_period,
                actual_period=actual_period,
                gap_period=round(budget_period - actual_period, 2),
                budget_ytd=total.budget_ytd,
                actual_ytd=total.actual_ytd,
                gap_ytd=total.gap_ytd,
                forecast=total.forecast,
                forecast_gap=total.forecast_gap,
                status=total.status,
                gap_change=round(total.gap_ytd - previous.gap_ytd, 2) if previous else None,
                forecast_change=round(total.forecast - previous.forecast, 2) if previous else None,
            )
        )
    return result
