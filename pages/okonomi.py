"""Økonomi: one scope from the sidebar in depth — key figures, the cumulative chart, art groups,
drill-down, quarters and tertials, and how far to trust the forecast; the operating ledger
unless the investment ledger is chosen (then also per project)."""

import streamlit as st

from analytics.core.artgroups import OPERATING
from analytics.core.formatting import period_label
from analytics.core.texts import t
from analytics.economy.charts import cumulative_chart
from analytics.economy.drilldown import DrillPoint, child_by, drill_rows, start_point
from analytics.economy.gaps import gaps_from_ledger, project_gaps
from analytics.economy.ledger import monthly_series
from ui.context import current_view, remember, remember_content
from ui.economy import (
    current_ledger,
    ledger_content,
    pick_ledger,
    pick_method,
    show_backtest,
    show_download,
    show_drilldown,
    show_key_figures,
    show_periods,
    show_status_table,
)
from ui.forecast_input import show_forecast_input
from ui.text import plain, show_chart

view = current_view()
st.title(t("page.okonomi"))
ledger_column, method_column = st.columns(2)
with ledger_column:
    ledger_name = pick_ledger()
with method_column:
    method = pick_method("okonomi_method")
ledger = current_ledger(view, ledger_name)
point = start_point(ledger, view.scope)
# What the figures below are made from: the ledger's content (the rows also read arts from the
# store, so they go by the data version), the month, scope and method.
same = (ledger_content(view, ledger), view.year, view.month, view.scope.key, method, view.demo)
rows = remember(
    view,
    "okonomi.rows",
    same[1:],
    lambda: drill_rows(view.store, ledger, view.month, point, method),
)
total = rows.total
st.caption(
    t(
        "economy.page.okonomi_caption",
        name=plain(total.name),
        period=period_label(view.year, view.month),
    )
)
show_key_figures(total)
chart = remember_content(
    "okonomi.chart",
    same,
    lambda: cumulative_chart(
        monthly_series(ledger, view.month, point.scope), total, view.month, view.year, view.demo
    ),
)
show_chart(chart, key="okonomi_chart")

st.subheader(t("economy.page.by_artgroup"))
art_groups = remember_content(
    "okonomi.artgroups",
    same,
    lambda: gaps_from_ledger(ledger, view.month, "artgroup", point.scope, method),
)
show_status_table(art_groups.with_total(), key="okonomi_artgroups", view=view, same=same)
show_download(
    art_groups.with_total(), view, "artsgrupper", key="okonomi_download", ledger_name=ledger_name
)
group_names = {row.key: row.name for row in art_groups.rows}
group = st.selectbox(
    t("economy.page.drilldown_pick"),
    [None, *group_names],
    format_func=lambda key: "–" if key is None else group_names[key],
    key="okonomi_artgroup_pick",
)
if group is not None:
    show_drilldown(view, ledger, DrillPoint(point.scope, group), method)

if ledger_name != OPERATING:
    st.subheader(t("economy.page.by_project"))
    show_status_table(
        project_gaps(view.store, ledger, view.month, point.scope, method).with_total(),
        key="okonomi_projects",
    )

if child_by(point) != "artgroup":
    st.subheader(t("economy.page.drilldown"))
    show_drilldown(view, ledger, point, method, rows)

st.subheader(t("economy.page.periods"))
show_periods(ledger, view, point.scope, method)

st.subheader(t("economy.page.backtest"))
show_backtest(view, ledger, point.scope)

if view.scope.level in ("enhet", "ansvar") and ledger_name == OPERATING:
    # the budget holder's own forecast for the unit (the investments have their own)
    st.subheader(t("workshop.own_forecast.heading"))
    show_forecast_input(view, view.scope.code)
