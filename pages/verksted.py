"""Økonomiverksted: the monthly workshop, one unit at a time, with measures and comments."""

import streamlit as st

from analytics.core import clock
from analytics.core.formatting import period_label
from analytics.core.texts import t
from analytics.economy.gaps import gaps_from_ledger
from analytics.workshop.agenda import build_agenda
from analytics.workshop.measures import (
    code_names,
    codes_of_units,
    measures_as_of,
    organisation_in_scope,
    overdue_measures,
)
from analytics.workshop.records import read_history, read_measures
from ui.context import current_view, remember
from ui.economy import current_ledger, from_ledger
from ui.forecast_input import show_forecast_input
from ui.goal_block import show_goal_block
from ui.investments import show_unit_projects
from ui.text import plain
from ui.workshop import (
    choose_order,
    projector_mode,
    show_measure_form,
    show_measures_table,
    show_month_measures,
    show_overdue,
    show_unit_economy,
    show_unit_heading,
    show_workshop_comments,
    step_through,
    unit_signals,
)

view = current_view()
st.title(t("page.verksted"))
st.caption(
    t(
        "workshop.page.caption",
        scope=plain(view.scope.name),
        period=period_label(view.year, view.month),
    )
)
order_column, projector_column = st.columns([3, 1], vertical_alignment="bottom")
with order_column:
    order = choose_order()
with projector_column:
    large = projector_mode()

in_scope = organisation_in_scope(view.organisation, view.scope)
ledger = current_ledger(view)
same = (view.year, view.month, view.scope.key)  # what the figures below are made from
statuses = from_ledger(
    view,
    ledger,
    "verksted.statuses",
    same,
    lambda: {s.key: s for s in gaps_from_ledger(ledger, view.month, "unit", view.scope).rows},
)
agenda = build_agenda(in_scope, order, unit_signals(list(statuses.values())))
names = code_names(view.organisation)
codes = codes_of_units(in_scope, [item.unit_code for item in agenda])
measures = remember(
    view, "verksted.measures", same, lambda: read_measures(view.store, view.access, codes)
)
month_measures = remember(
    view,
    "verksted.month_measures",
    same,
    lambda: measures_as_of(measures, read_history(view.store, view.access), view.year, view.month),
)

item = step_through(agenda)
if item is not None:
    show_unit_heading(item)
    show_unit_economy(view, ledger, statuses.get(item.unit_code), large)
    unit_codes = codes_of_units(in_scope, [item.unit_code])
    holder, meeting = st.columns(2)
    with holder:
        st.subheader(t("workshop.own_forecast.heading"))
        show_forecast_input(view, item.unit_code)
    with meeting:
        show_workshop_comments(view, unit_codes, item.unit_code)
    unit_measures = [m for m in month_measures if m.unit_code in unit_codes]
    show_measures_table(view, unit_measures, names)
    show_measure_form(view, item.unit_code, unit_measures)
    show_goal_block(view, item.unit_code, unit_measures)
    show_unit_projects(view, unit_codes)

st.header(t("workshop.page.overview"), divider="gray")
show_overdue(view, overdue_measures(measures, clock.today()), names)
show_month_measures(view, month_measures, names)
