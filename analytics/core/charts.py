"""The look every plotly figure shares: margins, legend, Norwegian number and date formats."""

from __future__ import annotations

import plotly.graph_objects as go

from analytics.core.texts import t

TARGET_COLOUR = "#2E7D32"
FIGURE_LAYOUT = {
    "margin": {"l": 10, "r": 10, "t": 50, "b": 10},
    "legend": {"orientation": "h", "y": -0.15},
}


def styled_figure(figure: go.Figure, title: str, height: int = 420) -> go.Figure:
    """The figure with its title, height, the shared margins and Norwegian separators."""
    figure.update_layout(title=title, height=height, separators=", ", **FIGURE_LAYOUT)
    return figure


def norwegian_dates(figure: go.Figure, ticks: str, hover: str = "%d.%m.%Y") -> None:
    """Numeric date formats on the x axis: plotly would write English month names."""
    figure.update_xaxes(tickformat=ticks, hoverformat=hover)


def add_demo_mark(figure: go.Figure) -> None:
    """A faint DEMODATA across the figure: demo figures never pass for real ones."""
    figure.add_annotation(
        text=t("app.demo_mark"),
        xref="paper",
        yref="paper",
        x=0.5,
        y=0.5,
        showarrow=False,
        opacity=0.18,
        font={"size": 64, "color": "#c00000"},
        textangle=-20,
    )
