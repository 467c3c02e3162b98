"""Kommunekompasset: the total against the targets, the areas, and a form for a new evaluation."""

import datetime as dt

import streamlit as st

from analytics.charts_programme import kompass_radar_figure, kompass_total_figure
from analytics.errors import UserError
from analytics.formatting import format_date, format_number
from analytics.kompass import (
    AREA_COUNT,
    AREA_SETS,
    evaluation_from_form,
    evaluations_table,
    next_target,
    read_evaluations,
    save_evaluation,
    version_for,
    weakest_table,
)
from analytics.texts import t
from ui.context import current_view
from ui.download import download_table
from ui.programme_upload import show_import

view = current_view()
st.title(t("page.kompass"))
st.caption(t("kompass.page_intro"))
show_import(view, "kompass")

evaluations = read_evaluations(view.store)
if evaluations:
    latest = evaluations[-1]
    progress = next_target(evaluations, view.settings, dt.date.today())
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
    st.plotly_chart(kompass_total_figure(evaluations, view.settings), key="kompass_total")
    labels = {format_date(e.evaluated_on): e for e in evaluations}
    chosen = st.multiselect(
        t("kompass.compare"), list(labels), default=list(labels)[-2:], key="kompass_compare"
    )
    st.plotly_chart(kompass_radar_figure([labels[c] for c in chosen]), key="kompass_radar")
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

st.subheader(t("kompass.form_heading"))
versions = list(AREA_SETS)
version = st.selectbox(
    t("kompass.version"),
    versions,
    index=versions.index(version_for(dt.date.today())),
    format_func=lambda v: t(f"kompass.version_{v}"),
    key="kompass_version",
)
with st.form("kompass_form"):
    evaluated_on = st.date_input(t("kompass.date"), format="DD.MM.YYYY", key="kompass_date")
    names, scores = [], []
    for number in range(1, AREA_COUNT + 1):
        name_column, score_column = st.columns([3, 1])
        names.append(
            name_column.text_input(
                t("kompass.area_label", number=number),
                AREA_SETS[version][number - 1],
                key=f"kompass_name_{version}_{number}",
            )
        )
        scores.append(
            score_column.number_input(
                t("kompass.score_label"), 0.0, 100.0, 0.0, 0.5, key=f"kompass_score_{number}"
            )
        )
    note = st.text_input(t("kompass.note"), key="kompass_note")
    if st.form_submit_button(t("kompass.save"), key="kompass_save"):
        try:
            save_evaluation(
                view.store,
                view.access,
                evaluation_from_form(evaluated_on, version, names, scores, note),
            )
        except UserError as error:
            st.error(str(error), icon=":material/error:")
        else:
            st.success(t("kompass.saved", date=format_date(evaluated_on)))
