"""ROBEK: whether the municipality meets the criteria of kommuneloven § 28-1, and whether it keeps
its plan for covering the accumulated deficit ("inndekningsplan").

A municipality is registered when (DOMAIN.md) its adopted budget or economic plan does not
balance, a deficit in the operating accounts is not covered within two years (§ 14-10), the
accumulated deficit exceeds 3 % of operating income, or the budget or plan is not adopted in time;
it leaves when none of that applies. While registered, new loans and long leases need the
state's approval.

Read from the books as follows (amounts NOK):
- a budget balances when its operating lines (below-the-line lines included) sum to 0 kr
  (within `BALANCE_TOLERANCE`);
- the coverage of a year is what was booked on art 530 that year; a year keeps the plan when
  that is at least the plan's amount for the year;
- "within two years": the plan must cover the deficit by the end of the second year after the
  year it arose, and so must the books;
- whether the budget was adopted in time cannot be read from the figures: it is stated as not
  known.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from analytics.finance.figures import share_pct

BALANCE_TOLERANCE = 1.0  # kr: rounding in a budget's lines
DEFICIT_LIMIT_PCT = 3.0
COVERAGE_YEARS = 2

Verdict = Literal["applies", "clear", "unknown"]


@dataclass(frozen=True)
class CoverageYear:
    """One year of the coverage plan: planned and booked coverage, and the deficit left."""

    year: int
    planned: float
    booked: float | None  # None for a year without accounts yet
    remaining: float

    @property
    def keeps_plan(self) -> bool | None:
        return None if self.booked is None else self.booked + BALANCE_TOLERANCE >= self.planned


@dataclass(frozen=True)
class Criterion:
    """One criterion of § 28-1 and whether it applies, with the figures behind it."""

    key: Literal[
        "budget_unbalanced", "plan_unbalanced", "not_covered_in_time", "deficit_over_3pct", "late"
    ]
    verdict: Verdict
    figures: Mapping[str, object]


@dataclass(frozen=True)
class RobekStatus:
    """Where the municipality stands: the deficit, the plan year by year, the criteria."""

    deficit: float
    deficit_pct: float | None
    deficit_year: int | None  # the year the deficit arose (first year with one)
    plan: tuple[CoverageYear, ...]
    covered_by: int | None  # the year the deficit is covered at the present pace
    criteria: tuple[Criterion, ...]

    @property
    def registered(self) -> bool:
        """True while any criterion applies."""
        return any(criterion.verdict == "applies" for criterion in self.criteria)


@dataclass(frozen=True)
class RobekInput:
    """What the assessment reads: deficits by year end, the plan, coverage booked, budgets."""

    deficits: Mapping[int, float]  # accumulated deficit at each year end (balance)
    plan: Mapping[int, float]  # year → amount to cover
    booked: Mapping[int, float]  # year → S(530) booked (accounts years only)
    operating_income: float  # of the latest accounts year
    budget_sums: Mapping[int, float]  # adopted operating budget, all lines, per year
    plan_sums: Mapping[int, float]  # economic plan, all lines, per plan year


def assess(facts: RobekInput) -> RobekStatus:
    """The ROBEK status from the facts (see the module docstring for how each is read)."""
    deficit_years = sorted(year for year, amount in facts.deficits.items() if amount > 0)
    latest = max(facts.deficits) if facts.deficits else None
    deficit = facts.deficits.get(latest, 0.0) if latest is not None else 0.0
    first = deficit_years[0] if deficit_years else None
    plan = _plan_years(deficit, facts)
    return RobekStatus(
        deficit=deficit,
        deficit_pct=share_pct(deficit, facts.operating_income),
        deficit_year=first,
        plan=plan,
        covered_by=_covered_by(deficit, latest, facts.booked),
        criteria=_criteria(deficit, first, latest, facts),
    )


def _plan_years(deficit: float, facts: RobekInput) -> tuple[CoverageYear, ...]:
    """The plan's years, each with the deficit left after it: from the deficit at the end of
    the year before the plan, less what was booked (accounts years) or is planned (later)."""
    if not facts.plan:
        return ()
    remaining = facts.deficits.get(min(facts.plan) - 1, deficit)
    years = []
    for year in sorted(facts.plan):
        booked = facts.booked.get(year)
        remaining = max(remaining - (booked if booked is not None else facts.plan[year]), 0.0)
        years.append(CoverageYear(year, facts.plan[year], booked, round(remaining, 2)))
    return tuple(years)


def _covered_by(deficit: float, latest: int | None, booked: Mapping[int, float]) -> int | None:
    """The year the deficit is gone if coverage goes on at the average pace of the years booked
    (None when nothing is being covered, or no deficit is left: then the latest year)."""
    if latest is None:
        return None
    if deficit <= 0:
        return latest
    paid = [amount for amount in booked.values() if amount > 0]
    if not paid:
        return None
    pace = sum(paid) / len(paid)
    return latest + math.ceil(deficit / pace)


def _criteria(
    deficit: float, first: int | None, latest: int | None, facts: RobekInput
) -> tuple[Criterion, ...]:
    unbalanced = {y: s for y, s in facts.budget_sums.items() if abs(s) > BALANCE_TOLERANCE}
    plan_unbalanced = {y: s for y, s in facts.plan_sums.items() if abs(s) > BALANCE_TOLERANCE}
    deadline = first + COVERAGE_YEARS if first is not None else None
    late_plan = bool(facts.plan) and deadline is not None and max(facts.plan) > deadline
    overdue = deadline is not None and latest is not None and latest >= deadline and deficit > 0
    pct = share_pct(deficit, facts.operating_income)
    return (
        _criterion("budget_unbalanced", bool(unbalanced), {"years": unbalanced}),
        _criterion("plan_unbalanced", bool(plan_unbalanced), {"years": plan_unbalanced}),
        _criterion(
            "not_covered_in_time", late_plan or overdue, {"deadline": deadline, "deficit": deficit}
        ),
        _criterion(
            "deficit_over_3pct",
            pct is not None and pct > DEFICIT_LIMIT_PCT,
            {"pct": pct, "limit": DEFICIT_LIMIT_PCT},
        ),
        Criterion("late", "unknown", {}),
    )


def _criterion(key: str, applies: bool, figures: Mapping[str, object]) -> Criterion:
    return Criterion(key, "applies" if applies else "clear", figures)  # type: ignore[arg-type]
