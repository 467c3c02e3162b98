"""Plotly figures of Kommunekompasset: the total against the targets, and the radar of the areas."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import plotly.graph_objects as go

from analytics.core.charts import TARGET_COLOUR, norwegian_dates, styled_figure
from analytics.core.formatting import format_date, format_plain
from analytics.core.settings import Settings
from analytics.core.texts import t
from analytics.kompass.evaluations import MAX_AREA_SCORE, Evaluation

# --- Kommunekompasset --------------------------------------------------------------------------


def kompass_total_figure(evaluations: Sequence[Evaluation], settings: Settings) -> go.Figure:
    """Total points (of 800) per evaluation, the targets as stars and the national average."""
    figure = go.Figure()
    figure.add_scatter(
        x=[e.evaluated_on for e in evaluations],
        y=[e.total for e in evaluations],
        mode="lines+markers+text",
        text=[format_plain(e.total) for e in evaluations],
        textposition="top center",
        name=t("kompass.chart_total"),
    )
    targets = settings.kompass_target_points()
    figure.add_scatter(
        x=[dt.date(year, 6, 30) for year, _ in targets],
        y=[points for _, points in targets],
        mode="markers+text",
        marker={"symbol": "star", "size": 16, "color": TARGET_COLOUR},
        text=[t("kompass.chart_target_label", year=year) for year, _ in targets],
        textposition="bottom center",
        name=t("kompass.chart_targets"),
    )
    figure.add_hline(
        y=settings.kompass_national_average,
        line={"dash": "dot"},
        annotation_text=t("kompass.chart_average"),
    )
    figure.update_yaxes(title=t("kompass.axis_points"), range=[0, 800])
    norwegian_dates(figure, "%Y")
    return styled_figure(figure, t("kompass.chart_total_title"))


def kompass_radar_figure(evaluations: Sequence[Evaluation]) -> go.Figure:
    """The eight areas (0–100) of each given evaluation, drawn over each other."""
    figure = go.Figure()
    for evaluation in evaluations:
        labels = [f"{area.number} {area.name}" for area in evaluation.areas]
        scores = [area.score for area in evaluation.areas]
        figure.add_scatterpolar(
            r=[*scores, scores[0]],
            theta=[*labels, labels[0]],
            fill="toself",
            opacity=0.55,
            name=format_date(evaluation.evaluated_on),
        )
    figure.update_layout(polar={"radialaxis": {"range": [0, MAX_AREA_SCORE]}})
    return styled_figure(figure, t("kompass.chart_radar_title"), height=520)
