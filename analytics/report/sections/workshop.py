"""The workshop section: the budget holders' comments of the month and the measures on the
table that month, with owner, deadline and status (as they stood at the end of the month)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from analytics.core.access import Access
from analytics.core.formatting import format_date, format_nok, period_label
from analytics.core.texts import t
from analytics.report.model import Block, Column, Paragraph, Section, Subheading, Table
from analytics.store import Store
from analytics.workshop.measures import Measure, code_names, codes_of_units, measures_as_of
from analytics.workshop.records import own_forecasts, read_history, read_measures, workshop_comments

ANCHOR = "verksted"


@dataclass(frozen=True)
class Comment:
    unit_code: str
    text: str
    written_by: str
    forecast: float | None  # the budget holder's own year-end forecast (NOK), if given


@dataclass(frozen=True)
class WorkshopFacts:
    comments: tuple[Comment, ...]
    measures: tuple[Measure, ...]
    names: Mapping[str, str]


def read_workshop(
    store: Store, access: Access, organisation: pd.DataFrame, period: tuple[int, int]
) -> WorkshopFacts:
    """The comments and measures of the month for the units of `organisation` (the scope)."""
    year, month = period
    codes = codes_of_units(organisation, organisation["unit_code"].unique())
    wanted = set(codes)
    forecasts = own_forecasts(store, access, year, month)
    notes = workshop_comments(store, access, year, month)
    comments = [
        Comment(
            str(row["unit_code"]),
            str(row["comment"]),
            str(row["entered_by"]),
            _amount(row["forecast"]),
        )
        for row in forecasts.to_dict("records")
        if row["unit_code"] in wanted and str(row["comment"]).strip()
    ] + [
        Comment(str(row["unit_code"]), str(row["comment"]), str(row["written_by"]), None)
        for row in notes.to_dict("records")
        if row["unit_code"] in wanted and str(row["comment"]).strip()
    ]
    measures = read_measures(store, access, codes)
    history = read_history(store, access, [measure.id for measure in measures])
    return WorkshopFacts(
        tuple(sorted(comments, key=lambda c: (c.unit_code, c.written_by, c.text))),
        tuple(measures_as_of(measures, history, year, month)),
        code_names(organisation),
    )


def _amount(value: float | None) -> float | None:
    """NaN and None (a comment without a forecast) as None."""
    return None if value is None or math.isnan(value) else float(value)


def workshop_section(facts: WorkshopFacts, period: tuple[int, int], as_of: dt.date) -> Section:
    """Comments, then measures; a measure is overdue when its deadline is before `as_of`."""
    year, month = period
    blocks: list[Block] = [
        Paragraph(t("report.workshop_lead", period=period_label(year, month))),
        Subheading(f"{ANCHOR}-kommentarer", t("report.workshop_comments")),
        *_comments(facts.comments, facts.names),
        Subheading(f"{ANCHOR}-tiltak", t("report.workshop_measures")),
        *_measures(facts.measures, facts.names, as_of),
    ]
    return Section(ANCHOR, t("report.workshop"), tuple(blocks))


def _comments(comments: Sequence[Comment], names: Mapping[str, str]) -> list[Block]:
    if not comments:
        return [Paragraph(t("report.workshop_no_comments"), kind="empty")]
    columns = (
        Column(t("workshop.col.unit_name")),
        Column(t("report.col_comment")),
        Column(t("report.col_written_by")),
        Column(t("report.col_own_forecast"), "number"),
    )
    rows = tuple(
        (
            names.get(c.unit_code, c.unit_code),
            c.text,
            c.written_by,
            format_nok(c.forecast) if c.forecast is not None else "",
        )
        for c in comments
    )
    return [Table(columns, rows)]


def _measures(measures: Sequence[Measure], names: Mapping[str, str], as_of: dt.date) -> list[Block]:
    if not measures:
        return [Paragraph(t("report.workshop_no_measures"), kind="empty")]
    columns = (
        Column(t("workshop.col.unit_name")),
        Column(t("workshop.col.title")),
        Column(t("workshop.col.owner")),
        Column(t("workshop.col.deadline"), "number"),
        Column(t("workshop.col.expected_effect"), "number"),
        Column(t("workshop.col.status")),
        Column(t("workshop.col.overdue")),
    )
    rows = tuple(
        (
            names.get(m.unit_code, m.unit_code),
            m.title,
            m.owner,
            format_date(m.deadline),
            format_nok(m.expected_effect),
            m.status.label,
            t("workshop.yes") if m.is_overdue(as_of) else "",
        )
        for m in measures
    )
    return [Table(columns, rows)]
