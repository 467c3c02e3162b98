"""What a snapshot report holds, as plain frozen data: sections of headings, paragraphs, key
figures, goal cards, tables of formatted text and charts. Built by `analytics.report.content`,
drawn by `analytics.report.html`. Every text here is final: formatted and in Norwegian.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from analytics.core.names import Status


@dataclass(frozen=True)
class Paragraph:
    text: str
    kind: Literal["text", "note", "empty"] = "text"


@dataclass(frozen=True)
class Subheading:
    """A heading inside a section; it gets an entry in the table of contents."""

    anchor: str
    text: str


@dataclass(frozen=True)
class KeyFigure:
    label: str
    value: str
    status: Status = Status.NONE


@dataclass(frozen=True)
class KeyFigures:
    figures: tuple[KeyFigure, ...]


@dataclass(frozen=True)
class GoalCard:
    """One of the programme's goals: what it is, where it stands, and its status."""

    title: str
    value: str
    target: str
    status: Status
    note: str = ""


@dataclass(frozen=True)
class GoalCards:
    cards: tuple[GoalCard, ...]


@dataclass(frozen=True)
class Column:
    title: str
    kind: Literal["text", "number", "status", "code", "hash"] = "text"


@dataclass(frozen=True)
class Table:
    """Rows of formatted cells; a status column holds a Status code (green, yellow, red)."""

    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str = ""
    emphasised_rows: frozenset[int] = frozenset()  # row indexes drawn bold (totals, sectors)


@dataclass(frozen=True)
class Chart:
    """A plotly figure as JSON (`plotly.io.to_json`), drawn as vector graphics."""

    caption: str
    figure_json: str
    height_px: int = 300


@dataclass(frozen=True)
class Run:
    """A piece of a rich paragraph, drawn as typed: plain, bold, italic or code."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False


@dataclass(frozen=True)
class RichParagraph:
    """A paragraph of the director's own text (`report.markdown`); `level` is a heading's level
    or a numbered item's number or a bullet's depth."""

    kind: Literal["paragraph", "heading", "bullet", "number", "quote"]
    runs: tuple[Run, ...]
    level: int = 0


@dataclass(frozen=True)
class RichText:
    """The director's own text for a section, as parsed from a small, safe Markdown."""

    paragraphs: tuple[RichParagraph, ...]


Block = Paragraph | Subheading | KeyFigures | GoalCards | Table | Chart | RichText


@dataclass(frozen=True)
class Section:
    anchor: str
    title: str
    blocks: tuple[Block, ...]
    new_page: bool = True


@dataclass(frozen=True)
class Report:
    """The whole snapshot: cover facts and sections, ready to draw."""

    municipality: str
    title: str
    scope_name: str
    period: str  # `oktober 2026`
    made_at: dt.datetime
    made_by: str
    demo: bool
    data_fingerprint: str
    sections: tuple[Section, ...] = field(default=())
