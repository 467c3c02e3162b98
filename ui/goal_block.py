"""The goal block of the workshop: the goals of the unit shown (and the goals above them), each
with its light and reason, the measures linked to them, and linking a measure to a goal."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from analytics.core.errors import UserError
from analytics.core.texts import t
from analytics.goals.editing import editable_frame, save_goal_tree
from analytics.goals.tree import Goal
from analytics.goals.view import goal_views, visible_goals
from analytics.store.goals import read_measure_links
from analytics.workshop.measures import Measure
from analytics.workshop.records import link_measure, may_write_unit
from ui.context import View
from ui.goals import current_goal_tree, current_indicators
from ui.text import plain


def show_goal_block(view: View, unit_code: str, measures: Sequence[Measure]) -> None:
    """The unit's goals with lights; a form to link one of the unit's measures to one of them."""
    goals = current_goal_tree(view)
    mine = {goal.code for goal in visible_goals(goals, [unit_code])}
    if not mine:
        return
    data = current_indicators(view)
    links = read_measure_links(view.store, [unit_code])
    views = [item for item in goal_views(goals, data, view.year, links) if item.goal.code in mine]
    with st.expander(t("goals.workshop.heading"), expanded=False):
        for item in views:
            indent = "\u2003" * item.depth
            reasons = "; ".join(status.assessment.reason for status in item.indicators)
            st.markdown(f"{indent}{item.status.icon} **{plain(item.goal.code)} "
                        f"{plain(item.goal.title)}** {plain(reasons)}")  # fmt: skip
            for title in item.measures:
                st.markdown(f"{indent}\u2003" + t("goals.page.measure", title=plain(title)))
        if measures and may_write_unit(view.store, view.access, unit_code):
            _link_form(view, [item.goal for item in views], measures)


def _link_form(view: View, goals: Sequence[Goal], measures: Sequence[Measure]) -> None:
    by_code = {goal.code: goal for goal in goals}
    with st.form("goal_link_form", border=False):
        measure = st.selectbox(t("goals.workshop.measure"), measures,
                               format_func=lambda m: m.title, key="goal_link_measure")  # fmt: skip
        code = st.selectbox(t("goals.workshop.goal"), list(by_code),
                            format_func=lambda c: f"{c} {by_code[c].title}", key="goal_link_goal")  # fmt: skip
        if st.form_submit_button(t("goals.workshop.link")) and measure is not None and code:
            try:
                link_measure(view.store, view.access, measure.id, code)
            except UserError as error:
                st.error(str(error))
            else:
                st.success(t("goals.workshop.linked", title=plain(measure.title), code=code))


def show_goal_editor(view: View, goals: Sequence[Goal]) -> None:
    """The whole tree in an editable table, saved as a new version (administrators, director)."""
    with st.expander(t("goals.edit.heading")):
        st.caption(t("goals.edit.help"))
        edited = st.data_editor(editable_frame(goals), num_rows="dynamic", hide_index=True,
                                key="goal_editor", width="stretch")  # fmt: skip
        if st.button(t("goals.edit.save"), key="goal_editor_save"):
            try:
                upload_id = save_goal_tree(view.store, view.access, edited)
            except UserError as error:
                st.error(plain(str(error)))
            else:
                st.success(t("goals.edit.saved", id=upload_id))
