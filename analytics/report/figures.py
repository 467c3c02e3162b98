"""Screen figures made ready for paper: the A4 text width, the embedded font, white paper."""

from __future__ import annotations

import plotly.graph_objects as go

from analytics.report.html import CHART_WIDTH_PX, FONT_FAMILY
from analytics.report.model import Chart


def printable_chart(figure: go.Figure, caption: str, height_px: int = 300) -> Chart:
    """A copy of the figure sized for the page (the figure itself is left as it was)."""
    printed = go.Figure(figure)
    printed.update_layout(
        width=CHART_WIDTH_PX,
        height=height_px,
        autosize=False,
        font={"family": f"{FONT_FAMILY}, DejaVu Sans, sans-serif", "size": 11},
        paper_bgcolor="white",
        title={"text": ""},
        margin={"l": 70, "r": 20, "t": 20, "b": 50},
        legend={"orientation": "h", "yanchor": "top", "y": -0.15, "x": 0},
    )
    return Chart(caption, printed.to_json(), height_px)
