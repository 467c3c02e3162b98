"""Drill-down: kommune → sektor → enhet → ansvar → art group → art, one level at a time.

Every level's rows add up to the row above (budget, actuals and forecasts alike), because all
levels are sums of the same leaves; the art level splits an art group's leaves per art, with the
art group's seasonal share and own-forecast adjustment spread over its arts.
"""

from __future__ import annotations

from dataclasses import dataclass

from analytics.core.artgroups import group_name
from analytics.core.names import GroupBy, level
from analytics.core.organisation import Scope, resolve_scope
from analytics.economy.forecast import ForecastChoice
from analytics.economy.gaps import GapTable, gaps_from_ledger, summarise, total_of
from analytics.economy.ledger import Ledger, art_leaves, scope_of
from analytics.store import Store

CHILD_BY: dict[str, GroupBy] = {
    "kommune": "sector",
    "sektor": "unit",
    "enhet": "ansvar",
    "ansvar": "artgroup",
}


@dataclass(frozen=True)
class DrillPoint:
    """Where a drill-down stands: a scope, and within it possibly one art group."""

    scope: Scope
    art_group: str | None = None

    @property
    def key(self) -> str:
        """Stable text form: the scope key, plus `/art group` below an ansvar."""
        return self.scope.key + (f"/{self.art_group}" if self.art_group else "")


def child_by(point: DrillPoint) -> GroupBy:
    """The level of the rows one step below the point (`art` below an art group)."""
    return "art" if point.art_group else CHILD_BY[point.scope.level]


def has_children(point: DrillPoint, by: GroupBy) -> bool:
    """False for art rows: the art is the lowest level."""
    return by != "art" and point.art_group is None


def drill_rows(
    store: Store, ledger: Ledger, month: int, point: DrillPoint, method: ForecastChoice = "auto"
) -> GapTable:
    """The rows one level below `point`, with the point's own total."""
    if point.art_group is None:
        return gaps_from_ledger(ledger, month, child_by(point), point.scope, method)
    leaves = art_leaves(store, ledger, month, point.scope, point.art_group, method)
    name = f"{point.scope.name}: {group_name(point.art_group)}"
    total = total_of(leaves, month, point.art_group, name, "artgroup", ledger.settings)
    return GapTable(tuple(summarise(leaves, month, "art", ledger.settings)), total)


def descend(ledger: Ledger, point: DrillPoint, row_key: str) -> DrillPoint:
    """The point one level down, through the row with this key."""
    by = child_by(point)
    if by == "artgroup":
        return DrillPoint(point.scope, row_key)
    if by == "art":
        return point
    return DrillPoint(resolve_scope(ledger.organisation, f"{level(by).key}:{row_key}"))


def start_point(ledger: Ledger, scope: Scope | str | None) -> DrillPoint:
    """The drill-down's starting point for a scope (None: the whole municipality)."""
    return DrillPoint(scope_of(ledger, scope))
