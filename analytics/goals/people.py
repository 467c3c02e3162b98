"""The people's view: for one sector (or the whole municipality), its goals with a light and a
plain-language sentence each, and the economy in a few figures, each with a sentence.

For politicians and anyone else who chooses it: short, read-only, no table longer than a
screen. Figures come from what the person may see (`IndicatorData`, the economy's status rows).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from analytics.core.formatting import format_nok, format_pct
from analytics.core.names import Status
from analytics.core.texts import t
from analytics.economy.gaps import BudgetStatus
from analytics.goals.data import IndicatorData
from analytics.goals.tree import Goal
from analytics.goals.view import GoalView
from analytics.store.goals import MUNICIPALITY

MAX_GOALS = 8  # a phone screen or two


@dataclass(frozen=True)
class Line:
    """One item of the people's view: a light, a headline and a sentence."""

    status: Status
    headline: str
    sentence: str


def in_sector(goal: Goal, sector: str, data: IndicatorData) -> bool:
    """True for the goals of the sector and its units (all goals for the whole municipality)."""
    if sector == MUNICIPALITY:
        return goal.level != "unit"
    return goal.unit_code == sector or data.sector_of.get(goal.unit_code) == sector


def goal_lines(views: Sequence[GoalView], sector: str, data: IndicatorData) -> list[Line]:
    """The sector's goals, most urgent first, each with the reason of its most urgent light."""
    chosen = [item for item in views if in_sector(item.goal, sector, data)]
    chosen.sort(key=lambda item: (item.status.rank, item.goal.position))
    return [Line(item.status, item.goal.title, _goal_sentence(item)) for item in chosen[:MAX_GOALS]]


def _goal_sentence(item: GoalView) -> str:
    lit = [status for status in item.indicators if status.status is not Status.NONE]
    if not lit:
        return t("people.goal_unmeasured")
    worst = min(lit, key=lambda status: status.status.rank)
    return t(
        f"people.goal_{worst.status.value}",
        indicator=worst.indicator.title,
        reason=worst.assessment.reason,
    )


def economy_lines(total: BudgetStatus, year: int) -> list[Line]:
    """The economy of the sector in three sentences: the budget, spending so far, the year's end."""
    lines = [Line(Status.NONE, t("people.budget"),
                  t("people.budget_sentence", amount=format_nok(total.annual_budget), year=year))]  # fmt: skip
    if total.budget_ytd:
        share = (total.actual_ytd - total.budget_ytd) / abs(total.budget_ytd) * 100
        key = "people.spent_more" if share > 0 else "people.spent_less"
        lines.append(Line(Status.NONE, t("people.spent"),
                          t(key, amount=format_nok(total.actual_ytd), share=format_pct(abs(share)))))  # fmt: skip
    gap = total.forecast_gap
    key = "people.forecast_over" if gap < 0 else "people.forecast_under"
    lines.append(Line(total.status, t("people.forecast"), t(key, amount=format_nok(abs(gap)))))
    return lines
