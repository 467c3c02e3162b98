"""Plotly figures of the investment projects, for the Investeringer page and the report alike.

- spend per year against the yearly budgets (and the economic plan's later years);
- each project's spend to date and forecast of the final cost against its cost frame.
Amounts in NOK; Norwegian number formats; demo figures carry the DEMODATA mark.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from analytics.core.charts import add_demo_mark, styled_figure
from analytics.core.texts import t
from analytics.investments.figures import ProjectStatus

BUDGET_COLOUR = "#6b7b8c"
PLAN_COLOUR = "#b8c2cc"
ACTUAL_COLOUR = "#1f5fa8"
FRAME_COLOUR = "#2e2e2e"
AMOUNT_HOVER = "%{x}: %{y:,.0f} kr<extra>%{fullData.name}</extra>"


def spend_by_year_chart(series: pd.DataFrame, title: str, demo: bool) -> go.Figure:
    """Bars per year: the budget (the plan's figures for later years) beside the accounts.

    `series`: year, budget, plan, actual (`figures.yearly_series`)."""
    figure = go.Figure()
    years = [str(year) for year in series["year"]]
    for column, colour in (
        ("budget", BUDGET_COLOUR),
        ("plan", PLAN_COLOUR),
        ("actual", ACTUAL_COLOUR),
    ):
        if series[column].abs().sum() == 0:
            continue
        figure.add_bar(
            x=years,
            y=series[column],
            name=t(f"investments.chart.{column}"),
            marker_color=colour,
            hovertemplate=AMOUNT_HOVER,
        )
    styled_figure(figure, title, height=380)
    figure.update_layout(barmode="group", template="plotly_white")
    figure.update_yaxes(tickformat=",.0f", ticksuffix=" kr", title=t("economy.chart.amount"))
    figure.update_xaxes(type="category", title=t("common.year"))
    if demo:
        add_demo_mark(figure)
    return figure


def frame_chart(statuses: Sequence[ProjectStatus], year: int, demo: bool) -> go.Figure:
    """Per project with a frame: spend to date (bar, coloured by status), the forecast of the
    final cost and the frame (markers), largest frame at the top."""
    shown = sorted((s for s in statuses if s.frame), key=lambda s: s.frame or 0.0)
    names = [s.name for s in shown]
    figure = go.Figure()
    figure.add_bar(
        x=[s.actual_to_date for s in shown],
        y=names,
        orientation="h",
        name=t("investments.chart.to_date"),
        marker_color=[s.status.colour for s in shown],
        hovertemplate="%{y}: %{x:,.0f} kr<extra></extra>",
    )
    for name, values, symbol in (
        ("forecast", [s.forecast_final for s in shown], "diamond"),
        ("frame", [s.frame for s in shown], "line-ns"),
    ):
        figure.add_scatter(
            x=values,
            y=names,
            mode="markers",
            name=t(f"investments.chart.{name}"),
            marker={"symbol": symbol, "size": 14, "color": FRAME_COLOUR,
                    "line": {"width": 3, "color": FRAME_COLOUR}},
            hovertemplate="%{y}: %{x:,.0f} kr<extra>%{fullData.name}</extra>",
        )  # fmt: skip
    styled_figure(
        figure, t("investments.chart.frame_title", year=year), max(320, 60 * len(shown) + 140)
    )
    figure.update_layout(template="plotly_white")
    figure.update_xaxes(tickformat=",.0f", ticksuffix=" kr")
    figure.update_yaxes(automargin=True)
    if demo:
        add_demo_mark(figure)
    return figure
