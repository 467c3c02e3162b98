"""Oversikt: the municipality (or what the person may see) at a glance for the chosen month."""

import streamlit as st

from analytics.core.formatting import period_label
from analytics.core.organisation import whole_municipality
from analytics.core.texts import t
from analytics.economy.charts import gap_bar_chart
from analytics.economy.gaps import gaps_from_ledger
from analytics.economy.signals import early_warnings, largest_deviations
from analytics.economy.tables import warning_table
from ui.auth import show_sign_in_alerts
from ui.context import current_view, remember_content
from ui.economy import (
    current_ledger,
    ledger_content,
    show_download,
    show_key_figures,
    show_status_table,
)
from ui.finance import show_finance_card
from ui.goals import show_goal_cards
from ui.text import plain, show_chart

view = current_view()
st.title(t("page.oversikt"))
show_sign_in_alerts(view.store, view.access)
show_goal_cards(view)
show_finance_card(view)

scope = whole_municipality() if view.access.sees_everything else view.scope
ledger = current_ledger(view)
# What the figures below are made from: the ledger's content, the month, scope and demo mark.
same = (ledger_content(view, ledger), view.year, view.month, scope.key, view.demo)
rows = remember_content(
    "oversikt.units", same, lambda: gaps_from_ledger(ledger, view.month, "unit", scope)
)
units, total = rows.rows, rows.total
st.caption(
    t(
        "economy.page.oversikt_caption",
        name=plain(total.name),
        period=period_label(view.year, view.month),
    )
)
if not units:
    st.info(t("common.no_data"))
    st.stop()

show_key_figures(total)
st.subheader(t("economy.page.units"))
show_status_table(rows.with_total(), key="oversikt_units", view=view, same=same)
show_download(rows.with_total(), view, "enheter", key="oversikt_download")
chart = remember_content("oversikt.chart", same, lambda: gap_bar_chart(units, view.year, view.demo))
show_chart(chart, key="oversikt_gap_chart")

left, right = st.columns(2)
with left:
    st.subheader(t("economy.page.largest"))
    largest = remember_content("oversikt.largest", same, lambda: largest_deviations(units))
    show_status_table(largest, key="oversikt_largest", view=view, same=same)
with right:
    st.subheader(t("economy.page.warnings"))
    warnings = remember_content(
        "oversikt.warnings",
        same,
        lambda: warning_table(early_warnings(ledger, view.month, "unit", scope)),
    )
    if not warnings.empty:
        st.dataframe(warnings, hide_index=True, key="oversikt_warnings")
    else:
        st.success(t("economy.page.no_warnings"))
