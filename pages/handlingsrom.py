"""Økonomisk handlingsrom: the council's financial rules year by year (accounts, this year's
forecast, the economic plan), ROBEK and the coverage plan, debt management, and what the
planned investments do to the room, scenario by scenario."""

import streamlit as st

from analytics.core.texts import t
from ui.context import current_view
from ui.finance import (
    current_room,
    may_see,
    show_charts,
    show_debt,
    show_figures,
    show_kostra,
    show_robek,
    show_scenarios,
)

view = current_view()
st.title(t("page.handlingsrom"))
if not may_see(view):
    st.info(t("finance.not_allowed"))
    st.stop()
room = current_room(view)
if not room.years:
    st.info(t("finance.page.no_data"))
    st.stop()
st.caption(t("finance.page.caption", first=room.years[0].year, last=room.years[-1].year))
if view.demo:
    st.caption(t("finance.page.demo"))
show_figures(view, room)
show_charts(view, room)
show_kostra(view, room)
show_robek(room)
show_debt(room)
show_scenarios(view, room)
