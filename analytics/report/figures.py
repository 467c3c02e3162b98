"""Screen figures made ready for paper: the A4 text width, the embedded font, white paper.

The figures are the ones the pages show (`analytics.charts`, `analytics.charts_programme`), so
screen and paper agree; only size, font and margins change, on a copy.
"""

from __future__ import annotations

import plotly.graph_objects as go

from analytics.report.html import CHART_WIDTH_PX, FONT_FAMILY
from analytics.report.model import Chart

DEFAULT_HEIGHT_PX = 320
MAX_HEIGHT_PX = 900  # a tall bar chart still fits on one page with its caption


def printable_chart(figure: go.Figure, caption: str | None = None) -> Chart:
    """A copy of the figure sized for the page; its title becomes the caption."""
    printed = go.Figure(figure)
    title = printed.layout.title.text or ""
    height = min(int(printed.layout.height or DEFAULT_HEIGHT_PX), MAX_HEIGHT_PX)
    printed.update_layout(
        width=CHART_WIDTH_PX,
        height=height,
        autosize=False,
        font={"family": f"{FONT_FAMILY}, DejaVu Sans, sans-serif", "size": 11},
        paper_bgcolor="white",
        title={"text": ""},
        margin={"l": 20, "r": 20, "t": 20, "b": 20},
        legend={"orientation": "h", "yanchor": "top", "y": -0.2, "x": 0},
    )
    printed.update_xaxes(automargin=True)
    printed.update_yaxes(automargin=True)
    return Chart(caption if caption is not None else str(title), printed.to_json(), height)
