"""The three programme goals as cards, for the top of Oversikt."""

from __future__ import annotations

import streamlit as st

from analytics.core import clock
from analytics.core.names import Status, kpi
from analytics.core.texts import t
from analytics.goals.data import IndicatorData, read_indicator_data
from analytics.goals.overview import GoalStatus, goal_statuses
from analytics.goals.tree import Goal, read_goal_tree
from ui.context import View, remember
from ui.economy import current_ledger


def current_indicators(view: View) -> IndicatorData:
    """The indicators the person may see, of the view's year and month, once per data version."""
    return remember(
        view,
        "indicators",
        (view.year, view.month),
        lambda: read_indicator_data(view.store, view.access, view.year, view.month),
    )


def current_goal_tree(view: View) -> tuple[Goal, ...]:
    """The stored goal tree, once per data version."""
    return remember(view, "goals.tree", None, lambda: read_goal_tree(view.store))


def show_goal_cards(view: View) -> None:
    """A card per goal: economy in balance, sick leave and Kommunekompasset."""
    today = clock.today()
    goals = remember(
        view,
        "goals",
        (view.scope.key, view.year, view.month, today),
        lambda: goal_statuses(
            view.store,
            view.access,
            view.scope,
            view.year,
            view.month,
            view.settings,
            today,
            current_ledger(view),
        ),
    )
    st.subheader(t("goals.heading"))
    for column, goal in zip(st.columns(len(goals)), goals, strict=True):
        with column, st.container(border=True, key=f"goal_{goal.key}"):
            _show_card(goal)


def _show_card(goal: GoalStatus) -> None:
    st.metric(goal.title, goal.value_text, help=kpi(goal.key).help)
    status = goal.status.label if goal.status is not Status.NONE else t("goals.no_status")
    st.markdown(f":{goal.status.badge}-badge[{status}]  {goal.target_text}")
    if goal.detail:
        st.caption(goal.detail)
