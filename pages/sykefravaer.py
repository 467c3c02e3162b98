"""Sykefravær: the scope's trend against the target and benchmarks, splits, season, units."""

import streamlit as st

from analytics.core.texts import t
from analytics.sickleave.charts import (
    sick_leave_heatmap_figure,
    sick_leave_season_figure,
    sick_leave_split_figure,
    sick_leave_trend_figure,
)
from analytics.sickleave.figures import (
    benchmarks,
    build_overview,
    display_table,
    newest_rolling,
    parts_level,
    parts_of_year,
    read_located_sick_leave,
    rolling_twelve_months,
    seasonal_pattern,
    shown_pct,
    total_by_month,
    total_of_year,
)
from ui.context import current_view, fingerprint, remember, remember_content
from ui.download import download_table
from ui.programme_upload import show_import
from ui.text import plain, show_chart

view = current_view()
st.title(t("page.sykefravaer"))
st.caption(t("sick.page_intro", scope=plain(view.scope.name)))
show_import(view, "sickleave")

located = remember(
    view, "sick.located", None, lambda: read_located_sick_leave(view.store, view.access)
)
levels = parts_level(view.scope)
by = (
    st.segmented_control(
        t("sick.by_level"),
        levels,
        default=levels[0],
        format_func=lambda level: t(f"level.{level}"),
        key="sick_by",
    )
    if levels
    else None
)
# What the figures below are made from: the sick leave as read (its content, not the data
# version, so an upload of accounts leaves them be), the settings, scope, split and year.
content = remember(view, "sick.content", None, lambda: fingerprint(located))
same = (content, view.settings, view.scope.key, by, view.year)
overview = remember_content(
    "sick.overview",
    same,
    lambda: build_overview(located, view.scope, by, view.year, view.settings),
)
if overview.empty:
    st.info(t("common.no_data"))
    st.stop()

year_row = total_of_year(overview, view.year)
rolling = remember_content(
    "sick.rolling", same, lambda: rolling_twelve_months(located, view.scope, view.settings)
)
first, second, third = st.columns(3)
first.metric(
    t("sick.metric_year", year=view.year),
    shown_pct(year_row.pct, year_row.suppressed) if year_row else shown_pct(None, False),
)
second.metric(t("sick.metric_rolling"), shown_pct(*newest_rolling(rolling)))
third.metric(t("sick.metric_target"), shown_pct(view.settings.sick_leave_target_pct, False))

show_chart(
    remember_content(
        "sick.trend",
        same,
        lambda: sick_leave_trend_figure(total_by_month(overview), rolling, view.settings),
    ),
    key="sick_trend",
)
national, municipal = benchmarks()
st.caption(t("sick.benchmarks_note", all=national.label, doctor=municipal.label))

split_tab, season_tab, parts_tab = st.tabs(
    [t("sick.tab_split"), t("sick.tab_season"), t("sick.tab_parts")]
)
with split_tab:
    left, right = st.columns(2)
    of_year = remember_content("sick.of_year", same, lambda: total_by_month(overview, view.year))
    certification = remember_content(
        "sick.split.cert", same, lambda: sick_leave_split_figure(of_year, "certification")
    )
    duration = remember_content(
        "sick.split.duration", same, lambda: sick_leave_split_figure(of_year, "duration")
    )
    with left:
        show_chart(certification, key="sick_split_cert")
    with right:
        show_chart(duration, key="sick_split_duration")
with season_tab:
    show_chart(
        remember_content(
            "sick.season",
            same,
            lambda: sick_leave_season_figure(seasonal_pattern(located, view.scope, view.settings)),
        ),
        key="sick_season",
    )
with parts_tab:
    parts = overview[overview["role"] == "part"]
    if parts.empty:
        st.info(t("sick.no_parts"))
    else:
        show_chart(
            remember_content("sick.heatmap", same, lambda: sick_leave_heatmap_figure(parts)),
            key="sick_heatmap",
        )
        table = remember_content("sick.parts", same, lambda: display_table(parts_of_year(overview)))
        st.dataframe(table, hide_index=True, key="sick_parts_table")
        download_table(
            table,
            f"sykefravaer_{view.year}.xlsx",
            t("page.sykefravaer"),
            "sick_download",
            view.demo,
        )
st.caption(
    t(
        "sick.privacy_note",
        people=view.settings.sick_leave_min_headcount,
        days=view.settings.sick_leave_min_agreed_days,
    )
)
