"""User text as text on the page (analytics.core.plaintext), and charts with their labels
escaped. Pages pass every text a person or a file supplied through `plain` before a Markdown
element (markdown, caption, info, header, metric labels, expanders, toasts …), and draw every
chart with `show_chart`."""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go
import streamlit as st

from analytics.core.plaintext import markdown_text, plain_figure

CHART_CONFIG = {"displaylogo": False}


def plain(text: object) -> str:
    """Text for a Markdown element, shown exactly as typed."""
    return markdown_text(text)


def show_chart(figure: go.Figure, key: str, **options: Any) -> None:
    """`st.plotly_chart` with every name and label of the figure escaped."""
    config = {**CHART_CONFIG, **options.pop("config", {})}
    st.plotly_chart(plain_figure(figure), key=key, config=config, **options)
