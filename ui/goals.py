"""The three programme goals as cards, for the top of Oversikt."""

from __future__ import annotations

import streamlit as st

from analytics.core import clock
from analytics.core.names import Status, kpi
from analytics.core.texts import t
from analytics.goals.overview import GoalStatus, goal_statuses
from ui.context import View, remember
from ui.economy import current_ledger


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
