"""The goal tree: the master plan's community goals, the sectors' goals under them, the units'
goals under those; pure functions on frozen dataclasses.

A goal has a code (its identity: measures and indicators link to it), the code of the goal
above it, a level, a title, a description, an owner, the sector or unit it belongs to (the
whole municipality for a community goal), a period of years, the Kommunekompasset area it
serves (1–8) and the programme's focus area it belongs to. The rules of the tree: a community
goal has no goal above it and belongs to the whole municipality; a sector goal lies under a
community goal and belongs to a sector; a unit goal lies under a sector goal (or, where the
sector has none, a community goal) and belongs to a unit of that sector.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

import pandas as pd

from analytics.core.texts import t
from analytics.store import Store
from analytics.store.goals import (
    GOAL_COLUMNS,
    LINK_COLUMNS,
    MUNICIPALITY,
    read_goal_indicators,
    read_goals,
)

GoalLevel = Literal["community", "sector", "unit"]
GOAL_LEVELS: tuple[GoalLevel, ...] = ("community", "sector", "unit")
FOCUS_AREAS: tuple[str, ...] = (
    "virksomhetsstyring",
    "tjenestekvalitet",
    "digitalisering",
    "okonomisk_omstilling",
)
KOMPASS_AREAS = range(1, 9)
MAX_TITLE_LENGTH = 300
_PARENT_LEVEL: dict[str, tuple[str, ...]] = {
    "community": (),
    "sector": ("community",),
    "unit": ("sector", "community"),
}


@dataclass(frozen=True)
class Goal:
    """One goal of the tree (see the module docstring); years and area None when not given."""

    code: str
    parent_code: str
    level: GoalLevel
    title: str
    description: str = ""
    owner: str = ""
    unit_code: str = MUNICIPALITY
    first_year: int | None = None
    last_year: int | None = None
    kompass_area: int | None = None
    focus_area: str = ""
    position: int = 0
    indicators: tuple[str, ...] = ()

    def covers(self, year: int) -> bool:
        """True when the goal's period includes the year (a goal without years always does)."""
        after_start = self.first_year is None or year >= self.first_year
        return after_start and (self.last_year is None or year <= self.last_year)

    @property
    def period_text(self) -> str:
        """`2024–2027`, `fra 2024`, `til 2027`, or '' without years."""
        first, last = self.first_year, self.last_year
        if first is not None and last is not None:
            return str(first) if first == last else f"{first}–{last}"
        if first is not None:
            return t("goals.period_from", year=first)
        return t("goals.period_to", year=last) if last is not None else ""


@dataclass(frozen=True)
class GoalNode:
    """A goal with the goals directly under it, in the tree's order."""

    goal: Goal
    children: tuple[GoalNode, ...] = ()

    def walk(self) -> Iterable[tuple[int, Goal]]:
        """(depth, goal) of this goal and every goal below it, depth first."""
        yield 0, self.goal
        for child in self.children:
            for depth, goal in child.walk():
                yield depth + 1, goal


def focus_label(focus_area: str) -> str:
    """The focus area's name in the current language ('' for none)."""
    return t(f"goals.focus.{focus_area}") if focus_area else ""


def level_label(level: str) -> str:
    """«Samfunnsmål», «Sektormål», «Enhetsmål»."""
    return t(f"goals.level.{level}")


def goals_from_frames(goals: pd.DataFrame, links: pd.DataFrame) -> tuple[Goal, ...]:
    """The goals of the store's frames (GOAL_COLUMNS and LINK_COLUMNS), with their indicators."""
    by_goal: dict[str, list[str]] = {}
    for row in links.sort_values(["goal_code", "position"]).itertuples():
        by_goal.setdefault(str(row.goal_code), []).append(str(row.indicator_key))
    return tuple(
        Goal(
            code=str(row["code"]),
            parent_code=str(row["parent_code"]),
            level=row["level"],
            title=str(row["title"]),
            description=str(row["description"]),
            owner=str(row["owner"]),
            unit_code=str(row["unit_code"]),
            first_year=_int_or_none(row["first_year"]),
            last_year=_int_or_none(row["last_year"]),
            kompass_area=_int_or_none(row["kompass_area"]),
            focus_area=str(row["focus_area"]),
            position=int(row["position"]),
            indicators=tuple(by_goal.get(str(row["code"]), ())),
        )
        for row in goals.to_dict("records")
    )


def read_goal_tree(store: Store) -> tuple[Goal, ...]:
    """The current goal tree with its indicators, as stored."""
    return goals_from_frames(read_goals(store), read_goal_indicators(store))


def _int_or_none(value: object) -> int | None:
    return None if value is None or pd.isna(value) else int(value)  # type: ignore[call-overload]


def goal_frames(goals: Sequence[Goal]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The goals as the store keeps them: GOAL_COLUMNS (position renumbered in order) and
    LINK_COLUMNS."""
    rows = [
        {column: getattr(goal, column) for column in GOAL_COLUMNS if column != "position"}
        | {"position": position}
        for position, goal in enumerate(goals)
    ]
    frame = pd.DataFrame(rows, columns=GOAL_COLUMNS).astype(
        {"first_year": "Int64", "last_year": "Int64", "kompass_area": "Int64"}
    )
    links = pd.DataFrame(
        [
            (goal.code, key, position)
            for goal in goals
            for position, key in enumerate(goal.indicators)
        ],
        columns=LINK_COLUMNS,
    )
    return frame, links


def tree_problems(goals: Sequence[Goal], organisation: pd.DataFrame) -> list[tuple[str, str]]:
    """Every breach of the tree's rules, as (goal code, Norwegian message); empty when none."""
    problems: list[tuple[str, str]] = []
    seen: set[str] = set()
    by_code = {goal.code: goal for goal in goals}
    for goal in goals:
        if goal.code in seen:
            problems.append((goal.code, t("goals.error.code_twice", code=goal.code)))
        seen.add(goal.code)
        problems.extend((goal.code, message) for message in _goal_problems(goal, organisation))
        problems.extend(
            (goal.code, message) for message in _parent_problems(goal, by_code, organisation)
        )
    return problems


def _goal_problems(goal: Goal, organisation: pd.DataFrame) -> list[str]:
    problems = []
    if not goal.code.strip():
        problems.append(t("goals.error.code_missing"))
    if not goal.title.strip():
        problems.append(t("goals.error.title_missing", code=goal.code))
    if len(goal.title) > MAX_TITLE_LENGTH:
        problems.append(t("goals.error.title_too_long", code=goal.code, limit=MAX_TITLE_LENGTH))
    first, last = goal.first_year, goal.last_year
    if first is not None and last is not None and first > last:
        problems.append(t("goals.error.years", code=goal.code))
    if goal.kompass_area is not None and goal.kompass_area not in KOMPASS_AREAS:
        problems.append(t("goals.error.kompass_area", code=goal.code, area=goal.kompass_area))
    if goal.focus_area and goal.focus_area not in FOCUS_AREAS:
        problems.append(t("goals.error.focus_area", code=goal.code, area=goal.focus_area))
    unit_problem = _unit_problem(goal, organisation)
    return problems + ([unit_problem] if unit_problem else [])


def _unit_problem(goal: Goal, organisation: pd.DataFrame) -> str:
    """What is wrong with the goal's unit for its level ('' when nothing)."""
    if goal.level == "community":
        ok = goal.unit_code == MUNICIPALITY
    elif goal.level == "sector":
        ok = goal.unit_code in set(organisation["sector_code"].astype(str))
    else:
        units = set(organisation["unit_code"].astype(str)) | set(organisation["ansvar"])
        ok = goal.unit_code in units
    if ok:
        return ""
    return t(f"goals.error.unit_{goal.level}", code=goal.code, unit=goal.unit_code or "–")


def _parent_problems(
    goal: Goal, by_code: Mapping[str, Goal], organisation: pd.DataFrame
) -> list[str]:
    allowed = _PARENT_LEVEL[goal.level]
    if not allowed:
        if goal.parent_code:
            return [t("goals.error.community_parent", code=goal.code)]
        return []
    parent = by_code.get(goal.parent_code)
    if parent is None:
        return [t("goals.error.parent_missing", code=goal.code, parent=goal.parent_code or "–")]
    if parent.level not in allowed:
        levels = ", ".join(level_label(level) for level in allowed)
        return [t("goals.error.parent_level", code=goal.code, parent=parent.code, levels=levels)]
    outside = sector_of(organisation, goal.unit_code) != parent.unit_code
    if goal.level == "unit" and parent.level == "sector" and outside:
        return [t("goals.error.unit_outside", code=goal.code, parent=parent.code)]
    return []


def sector_of(organisation: pd.DataFrame, code: str) -> str:
    """The sector code of a sector, unit or ansvar code ('' when the organisation lacks it)."""
    for column in ("sector_code", "unit_code", "ansvar"):
        rows = organisation[organisation[column].astype(str) == code]
        if not rows.empty:
            return str(rows["sector_code"].iloc[0])
    return ""


def build_tree(goals: Sequence[Goal]) -> tuple[GoalNode, ...]:
    """The goals as a forest: the community goals (and any goal whose parent is missing) at the
    top, each with the goals under it, in the goals' order."""
    codes = {goal.code for goal in goals}
    children: dict[str, list[Goal]] = {}
    for goal in goals:
        children.setdefault(goal.parent_code if goal.parent_code in codes else "", []).append(goal)

    def node(goal: Goal, path: frozenset[str]) -> GoalNode:
        below = [child for child in children.get(goal.code, []) if child.code not in path]
        return GoalNode(goal, tuple(node(child, path | {child.code}) for child in below))

    return tuple(node(goal, frozenset({goal.code})) for goal in children.get("", []))


def next_code(goals: Sequence[Goal], parent_code: str) -> str:
    """A free code for a new goal under `parent_code`: `3` for a new top goal after 1 and 2,
    `1.4` under `1` after `1.1`–`1.3`."""
    taken = {goal.code for goal in goals}
    prefix = f"{parent_code}." if parent_code else ""
    number = 1 + sum(1 for goal in goals if goal.parent_code == parent_code)
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"
