"""The goals section: the goal tree of the scope with each goal's light and the reason of its
most urgent indicator, as of the report's month (the same figures as Mål og indikatorer)."""

from __future__ import annotations

from collections.abc import Sequence

from analytics.core.access import Access
from analytics.core.names import Status
from analytics.core.texts import t
from analytics.goals.data import IndicatorData, read_indicator_data
from analytics.goals.tree import level_label, read_goal_tree
from analytics.goals.view import GoalView, goal_views
from analytics.report.model import Block, Column, Paragraph, Section, Table
from analytics.store import Store
from analytics.store.goals import MUNICIPALITY, read_measure_links

ANCHOR = "mal"


def read_goal_rows(
    store: Store, access: Access, period: tuple[int, int], codes: Sequence[str] | None
) -> tuple[tuple[GoalView, ...], IndicatorData]:
    """The visible goals of the year with their lights, of the scope's codes (None: all) and
    the municipality's own goals."""
    year, month = period
    data = read_indicator_data(store, access, year, month)
    goals = read_goal_tree(store)
    views = goal_views(goals, data, year, read_measure_links(store, data.unit_codes))
    wanted = None if codes is None else {*codes, MUNICIPALITY}
    chosen = [item for item in views if wanted is None or item.goal.unit_code in wanted]
    return tuple(chosen), data


def goals_section(views: Sequence[GoalView], data: IndicatorData, year: int) -> Section:
    """The goals as a table: number, goal, level and unit, light, reason."""
    blocks: list[Block] = [Paragraph(t("report.goals_lead", year=year))]
    if not views:
        blocks.append(Paragraph(t("report.goals_none"), kind="empty"))
        return Section(ANCHOR, t("report.goals"), tuple(blocks))
    columns = (
        Column(t("goals.col.code"), "code"),
        Column(t("goals.col.title")),
        Column(t("goals.col.unit")),
        Column(t("indicator.col.status"), "status"),
        Column(t("indicator.col.reason")),
    )
    rows = tuple(
        (
            item.goal.code,
            item.goal.title,
            f"{level_label(item.goal.level)}, {data.unit_name(item.goal.unit_code)}",
            item.status.label if item.status is not Status.NONE else t("goals.no_status"),
            goal_reason(item),
        )
        for item in views
    )
    top = frozenset(index for index, item in enumerate(views) if item.depth == 0)
    blocks.append(Table(columns, rows, emphasised_rows=top))
    return Section(ANCHOR, t("report.goals"), tuple(blocks))


def goal_reason(item: GoalView) -> str:
    """The reason of the goal's most urgent lit indicator, with its title ('' when none is lit)."""
    lit = [status for status in item.indicators if status.status is not Status.NONE]
    if not lit:
        return ""
    worst = min(lit, key=lambda status: status.status.rank)
    return f"{worst.indicator.title}: {worst.assessment.reason}"
