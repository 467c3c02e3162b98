"""Kommunekompasset: the total against the targets, the areas, and a form for a new evaluation."""

import streamlit as st

from analytics.core import clock
from analytics.core.access import may_edit_programme
from analytics.core.formatting import format_date, format_number
from analytics.core.texts import t
from analytics.kompass.charts import kompass_radar_figure, kompass_total_figure
from analytics.kompass.evaluations import (
    evaluations_table,
    next_target,
    read_evaluations,
    weakest_table,
)
from ui.context import current_view, remember, remember_content
from ui.download import download_table
from ui.kompass_form import show_evaluation_form
from ui.programme_upload import show_import
from ui.text import show_chart

view = current_view()
st.title(t("page.kompass"))
st.caption(t("kompass.page_intro"))
show_import(view, "kompass")

evaluations = remember(view, "kompass.evaluations", None, lambda: read_evaluations(view.store))
if evaluations:
    latest = evaluations[-1]
    progress = next_target(evaluations, view.settings, clock.today())
    first, second, third = st.columns(3)
    first.metric(
        t("kompass.metric_latest", date=format_date(latest.evaluated_on)),
        t("kompass.points", points=format_number(latest.total)),
    )
    if progress is None:
        second.metric(t("kompass.metric_next_target"), t("kompass.all_reached"))
    else:
        second.metric(
            t("kompass.metric_next_target_year", year=progress.target_year),
            t("kompass.points", points=format_number(progress.target_points)),
        )
        third.metric(
            t("kompass.metric_per_year"),
            t("kompass.points", points=format_number(progress.points_per_year)),
            help=t("kompass.per_year_help", needed=format_number(progress.points_needed)),
        )
    content = (tuple(evaluations), view.settings)  # the figures change with these alone
    total = remember_content(
        "kompass.total", content, lambda: kompass_total_figure(evaluations, view.settings)
    )
    show_chart(total, key="kompass_total")
    labels = {format_date(e.evaluated_on): e for e in evaluations}
    chosen = st.multiselect(
        t("kompass.compare"), list(labels), default=list(labels)[-2:], key="kompass_compare"
    )
    radar = remember_content(
        "kompass.radar",
        (content, tuple(chosen)),
        lambda: kompass_radar_figure([labels[c] for c in chosen]),
    )
    show_chart(radar, key="kompass_radar")
    left, right = st.columns(2)
    left.subheader(t("kompass.weakest_heading"))
    left.dataframe(weakest_table(evaluations), hide_index=True)
    table = evaluations_table(evaluations)
    right.subheader(t("kompass.all_heading"))
    right.dataframe(table, hide_index=True)
    with right:
        download_table(
            table, "kommunekompasset.xlsx", t("page.kompass"), "kompass_download", view.demo
        )
else:
    st.info(t("kompass.none_yet"))

if may_edit_programme(view.access):
    show_evaluation_form(view)
