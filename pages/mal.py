"""Mål og indikatorer: the goal tree with lights, each indicator's trend against its target, the
units side by side, and the workshop measures linked to the goals."""

import pandas as pd
import streamlit as st

from analytics.core.access import may_edit_goals
from analytics.core.names import format_measure
from analytics.core.texts import t
from analytics.goals.charts import trend_chart
from analytics.goals.tree import focus_label, level_label
from analytics.goals.view import goal_views
from analytics.store.goals import read_measure_links
from ui.context import current_view
from ui.goal_block import show_goal_editor
from ui.goals import current_goal_tree, current_indicators
from ui.text import plain, show_chart

view = current_view()
st.title(t("page.mal"))
st.caption(t("goals.page.caption", year=view.year))
data = current_indicators(view)
goals = current_goal_tree(view)
measures = read_measure_links(view.store, list(view.organisation["unit_code"].unique()))
views = goal_views(goals, data, view.year, measures)

st.header(t("goals.page.tree"), divider="gray")
if not views:
    st.info(t("goals.page.no_goals"))
for item in views:
    goal = item.goal
    facts = [level_label(goal.level), data.unit_name(goal.unit_code), goal.period_text,
             focus_label(goal.focus_area)]  # fmt: skip
    indent = "\u2003" * item.depth
    with st.expander(f"{indent}{item.status.icon} {plain(goal.code)} {plain(goal.title)}"):
        st.caption(plain(" · ".join(fact for fact in facts if fact)))
        if goal.description:
            st.markdown(plain(goal.description))
        for status in item.indicators:
            st.markdown(f"{status.status.icon} **{plain(status.indicator.title)}**: "
                        f"{plain(status.assessment.reason)}")  # fmt: skip
        for title in item.measures:
            st.markdown(t("goals.page.measure", title=plain(title)))

if may_edit_goals(view.access):
    show_goal_editor(view, goals)

st.header(t("goals.page.indicator"), divider="gray")
keys = sorted({str(key) for key in data.values["indicator_key"]} & set(data.catalogue),
              key=lambda key: data.catalogue[key].title)  # fmt: skip
if not keys:
    st.info(t("goals.page.no_indicators"))
    st.stop()
key = st.selectbox(t("goals.page.pick"), keys, format_func=lambda k: data.catalogue[k].title)
indicator = data.catalogue[key]
if indicator.help:
    st.caption(plain(indicator.help))
statuses = data.statuses(view.year, keys=[key])
units = [status.unit_code for status in statuses] or [data.unit_codes[0]]
show_chart(trend_chart(data, key, units[:8], view.year, view.demo), key="goals_trend")
rows = [
    {
        t("indicator.col.unit"): status.unit_name,
        t("indicator.col.period"): status.period_text,
        t("indicator.col.value"): "–"
        if status.value is None
        else format_measure(status.value, indicator.unit),
        t("indicator.col.target"): "–"
        if status.target is None
        else format_measure(status.target.value, indicator.unit),
        t("indicator.col.status"): f"{status.status.icon} {status.status.label}",
        t("indicator.col.reason"): status.assessment.reason,
    }
    for status in statuses
]
st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
