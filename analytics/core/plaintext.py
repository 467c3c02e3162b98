"""Text that a person or a file supplied, shown as text: never as Markdown, HTML or LaTeX.

Comments, measure titles and owners, file names, unit, ansvar, art and project names and
account names go through here before they reach a Markdown element (Streamlit renders
Markdown, links, images, `$…$` as LaTeX and `:red[…]` colours in most of its text) or a plotly
label (plotly reads `<b>`, `<a href>` and `<br>` in its labels). North Sami letters and every
other character stay as typed; only their meaning as markup goes.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import Any

import numpy as np
import plotly.graph_objects as go

# What can start markup in Streamlit's Markdown: emphasis, code, strike-through, links and images,
# autolinks and HTML, headings, math, tables, `:colour[…]`/`:icon:`, entities, e-mail autolinks.
_MARKUP = frozenset("\\`*_~[]<>#$|:&{}@")
_LINE_START = frozenset("+-=>")  # lists, setext headings and quotes, only at the start of a line
_ORDERED_ITEM = re.compile(r"^(\d+)([.)])")
# GFM turns web and e-mail addresses in text into links after the escapes are read, so an
# invisible word joiner goes where the pattern needs two characters side by side.
_JOINER = "\u2060"
_ADDRESS_STARTS = re.compile(r"(?i)(https?|ftp|www)(\\[:.])")
_WWW = re.compile(r"(?i)\b(www)\.")
# Trace properties that may carry names or other text from the data (not templates).
_TRACE_TEXT = (
    "name",
    "text",
    "hovertext",
    "x",
    "y",
    "theta",
    "labels",
    "ids",
    "parents",
    "customdata",
)
_AXIS_PREFIXES = ("xaxis", "yaxis")
_PLAIN_MARK = "_kommune_plain_text"


def markdown_text(text: object) -> str:
    """`text` for a Markdown element: every character that could start markup is
    backslash-escaped (so no `**bold**`, `[link](…)`, `![image](…)`, `$math$`, `:red[…]`,
    `<html>` or autolinked address), line breaks stay line breaks, and indentation stays
    without turning into a code block. Plain words and names come out unchanged."""
    lines = str(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "  \n".join(_escaped_line(line) for line in lines)


def _escaped_line(line: str) -> str:
    stripped = line.lstrip(" \t")
    indent = "\u00a0" * (len(line) - len(stripped))
    escaped = "".join("\\" + ch if ch in _MARKUP else ch for ch in stripped)
    escaped = _ORDERED_ITEM.sub(r"\1\\\2", escaped)
    escaped = _ADDRESS_STARTS.sub(rf"\1{_JOINER}\2", _WWW.sub(r"\1\\.", escaped))
    escaped = escaped.replace("\\@", _JOINER + "\\@")
    if escaped[:1] in _LINE_START:
        escaped = "\\" + escaped
    return indent + escaped


def label_text(text: object) -> str:
    """`text` for a plotly label: `&`, `<` and `>` as entities, which plotly shows as the
    characters themselves."""
    return html.escape(str(text), quote=False)


def plain_figure(figure: go.Figure) -> go.Figure:
    """The figure with every text of its data (names, categories, hover texts) and of its
    layout (titles, tick labels, annotations) escaped for plotly. Changes the figure itself,
    once: a figure already escaped (a cached one) is returned as it is."""
    if getattr(figure, _PLAIN_MARK, False):
        return figure
    for trace in figure.data:
        for name in _TRACE_TEXT:
            value = getattr(trace, name, None) if name in trace else None
            if value is not None and _has_text(value):
                trace[name] = _escaped(value)
    _escape_layout(figure.layout)
    object.__setattr__(figure, _PLAIN_MARK, True)
    return figure


def _escape_layout(layout: Any) -> None:
    if layout.title.text:
        layout.title.text = label_text(layout.title.text)
    for key in list(layout.to_plotly_json()):
        if key.startswith(_AXIS_PREFIXES):
            _escape_axis(layout[key])
    if "polar" in layout and layout.polar.angularaxis.ticktext:
        layout.polar.angularaxis.ticktext = _escaped(layout.polar.angularaxis.ticktext)
    for annotation in layout.annotations or ():
        if annotation.text:
            annotation.text = label_text(annotation.text)
    if layout.legend.title.text:
        layout.legend.title.text = label_text(layout.legend.title.text)


def _escape_axis(axis: Any) -> None:
    if axis.title.text:
        axis.title.text = label_text(axis.title.text)
    if axis.ticktext:
        axis.ticktext = _escaped(axis.ticktext)


def _has_text(value: object) -> bool:
    if isinstance(value, str):
        return True
    if isinstance(value, np.ndarray):
        return value.dtype.kind in "OUS"
    if isinstance(value, Iterable) and not isinstance(value, bytes | dict):
        return any(_has_text(item) for item in value)
    return False


def _escaped(value: Any) -> Any:
    if isinstance(value, str):
        return label_text(value)
    if isinstance(value, np.ndarray):
        return np.array([_escaped(item) for item in value.tolist()], dtype=object)
    if isinstance(value, list | tuple):
        return [_escaped(item) for item in value]
    return value
