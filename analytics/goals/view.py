"""The goal tree as a person sees it for a year: each visible goal with its light (the most
urgent of its indicators' lights at the goal's unit), its indicators' statuses and the workshop
measures linked to it.

Access per unit: a goal is shown when its unit is the whole municipality or one the person sees
whole, and so are the goals above a shown goal (for context); indicator figures come from
`IndicatorData`, which holds only what the person may see.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from analytics.core.names import Status
from analytics.goals.data import IndicatorData
from analytics.goals.indicators import IndicatorStatus, worst_status
from analytics.goals.tree import Goal, build_tree
from analytics.store.goals import MUNICIPALITY


@dataclass(frozen=True)
class GoalView:
    """One goal as shown: depth in the tree, light, indicator statuses, linked measures."""

    goal: Goal
    depth: int
    status: Status
    indicators: tuple[IndicatorStatus, ...]
    measures: tuple[str, ...]  # the titles of linked measures


def visible_goals(goals: Sequence[Goal], unit_codes: Sequence[str]) -> list[Goal]:
    """The goals of the municipality and of the units seen, with every goal above them."""
    seen = set(unit_codes) | {MUNICIPALITY}
    by_code = {goal.code: goal for goal in goals}
    shown: set[str] = set()
    for goal in goals:
        if goal.unit_code in seen:
            code = goal.code
            while code in by_code and code not in shown:
                shown.add(code)
                code = by_code[code].parent_code
    return [goal for goal in goals if goal.code in shown]


def goal_views(
    goals: Sequence[Goal], data: IndicatorData, year: int, measures: pd.DataFrame
) -> list[GoalView]:
    """The visible goals of the year in the tree's order (depth first), with lights."""
    shown = [goal for goal in visible_goals(goals, data.unit_codes) if goal.covers(year)]
    views = []
    for node in build_tree(shown):
        for depth, goal in node.walk():
            statuses = tuple(
                data.status(key, goal.unit_code, year)
                for key in goal.indicators
                if key in data.catalogue
            )
            linked: list[object] = (
                list(measures[measures["goal_code"] == goal.code]["title"]) if len(measures) else []
            )
            views.append(
                GoalView(
                    goal,
                    depth,
                    worst_status([status.status for status in statuses]),
                    statuses,
                    tuple(str(title) for title in linked),
                )
            )
    return views
