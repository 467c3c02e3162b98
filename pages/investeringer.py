"""Investeringer: every investment project with this year's budget and accounts, spend to date
and the forecast of the final cost against the council's cost frame, and one project in depth."""

import streamlit as st

from analytics.core.formatting import period_label
from analytics.core.texts import t
from analytics.investments.charts import frame_chart, spend_by_year_chart
from analytics.investments.tables import in_scope
from ui.context import current_view
from ui.investments import (
    current_portfolio,
    pick_project,
    show_flash,
    show_project,
    show_project_table,
    show_register_editor,
    show_totals,
)
from ui.programme_upload import show_import

view = current_view()
st.title(t("page.investeringer"))
st.caption(
    t("investments.page.caption", scope=view.scope.name, period=period_label(view.year, view.month))
)
show_flash()
portfolio = current_portfolio(view)
statuses = in_scope(portfolio.statuses(view.year, view.month), view.organisation, view.scope)
if not statuses:
    st.info(t("investments.page.none"))
else:
    show_totals(statuses)
    show_project_table(view, statuses, key="projects_table")
    st.plotly_chart(frame_chart(statuses, view.year, view.demo), key="projects_frames")
    codes = [status.code for status in statuses]
    st.plotly_chart(
        spend_by_year_chart(portfolio.yearly(codes), t("investments.chart.title_all"), view.demo),
        key="projects_by_year",
    )
    st.header(t("investments.page.one_project"), divider="gray")
    chosen = pick_project(statuses, key="projects_pick")
    if chosen is not None:
        show_project(view, portfolio, chosen)

st.header(t("investments.page.register"), divider="gray")
show_register_editor(view)
show_import(view, "projects")
