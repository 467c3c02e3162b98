"""Plotly figures of the programme: the 5 × 5 risk matrix and the milestone timeline."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go

from analytics.core.charts import norwegian_dates, styled_figure
from analytics.core.texts import t
from analytics.programme.milestones import MILESTONE_KIND_TABLE
from analytics.programme.risks import RISK_BANDS, SCALE

# --- the programme -----------------------------------------------------------------------------


def risk_matrix_figure(matrix: pd.DataFrame) -> go.Figure:
    """The 5 × 5 matrix (consequence across, probability up), each cell coloured by its factor's
    band and labelled with the numbers of the risks placed in it."""
    bands = {band.key: index for index, band in enumerate(RISK_BANDS)}
    last = max(len(RISK_BANDS) - 1, 1)
    colourscale = [[index / last, band.colour] for index, band in enumerate(RISK_BANDS)]
    figure = go.Figure(
        go.Heatmap(
            z=_matrix_cells(matrix, "band").map(bands.__getitem__).to_numpy(dtype=float),
            x=list(SCALE), y=list(SCALE),
            text=_matrix_cells(matrix, "numbers").to_numpy(),
            customdata=_matrix_cells(matrix, "factor").to_numpy(),
            texttemplate="<b>%{text}</b>", colorscale=colourscale, zmin=0, zmax=last,
            showscale=False, xgap=3, ygap=3, hovertemplate=_risk_hover(),
        )
    )  # fmt: skip
    figure.update_xaxes(title=t("risk.consequence"), dtick=1)
    figure.update_yaxes(title=t("risk.probability"), dtick=1)
    return styled_figure(figure, t("risk.chart_title"), height=460)


def _matrix_cells(matrix: pd.DataFrame, column: str) -> pd.DataFrame:
    """One column of `risk_matrix` as a 5 × 5 grid: probability down, consequence across."""
    grid = matrix.pivot(index="probability", columns="consequence", values=column)
    return grid.reindex(index=SCALE, columns=SCALE)


def milestone_timeline_figure(timeline: pd.DataFrame, today: dt.date | None = None) -> go.Figure:
    """Each working group on a line, its milestones by date, a symbol per kind; a dotted line
    marks `today` when given."""
    figure = go.Figure()
    for kind in MILESTONE_KIND_TABLE:
        rows = timeline[timeline["kind"] == kind.key]
        if rows.empty and kind.key == "meeting":
            continue  # the older plain "møte": in the legend only where a plan still uses it
        figure.add_scatter(
            x=rows["date"],
            y=rows["working_group"],
            mode="markers",
            name=t(f"milestone.{kind.key}"),
            marker={"symbol": kind.symbol, "size": 13},
            customdata=list(zip(rows["week"], rows["description"], strict=True)),
            hovertemplate=_milestone_hover(),
        )
    if today is not None:
        figure.add_vline(x=today, line={"dash": "dot", "color": "#616161"})
    norwegian_dates(figure, "%d.%m.%Y")
    groups = list(dict.fromkeys(timeline["working_group"]))
    return styled_figure(
        figure, t("milestone.chart_title"), height=max(300, 50 * len(groups) + 150)
    )


def _risk_hover() -> str:
    return (
        f"{t('risk.probability')} %{{y}}, {t('risk.consequence')} %{{x}}<br>"
        f"{t('risk.col_factor')} %{{customdata}}<br>{t('risk.col_number')} %{{text}}<extra></extra>"
    )


def _milestone_hover() -> str:
    return (
        f"%{{y}}, {t('milestone.col_week')} %{{customdata[0]}}<br>%{{customdata[1]}}<extra></extra>"
    )
