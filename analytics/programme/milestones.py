"""The working groups' milestone plan: (working group, year, ISO week, kind)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from analytics.core.access import Access, require_programme_write
from analytics.core.errors import ImportRejected
from analytics.core.texts import t
from analytics.programme.cells import Where, cell_number, cell_text, non_empty_rows, table_where
from analytics.store import Store
from analytics.store.programme import (
    read_milestones,
    replace_milestones,
)

MILESTONE_KINDS = ("start", "meeting", "status", "finish")
EDIT_MILESTONE_COLUMNS = ["working_group", "year", "week", "kind", "description"]


def clean_milestones(
    rows: pd.DataFrame, where: Where = table_where, first_row: int = 1
) -> pd.DataFrame:
    """Checked milestone rows (working_group, year, week, kind, description).

    `kind` must be one of MILESTONE_KINDS (after `milestone_kind` reads Norwegian words), the week
    an ISO week of its year. Raises ImportRejected naming row and column; empty rows skipped."""
    cleaned = [
        _clean_milestone(row, number, where) for number, row in non_empty_rows(rows, first_row)
    ]
    return pd.DataFrame(cleaned, columns=EDIT_MILESTONE_COLUMNS)


def _clean_milestone(row: dict[str, object], number: int, where: Where) -> dict[str, object]:
    group = cell_text(row.get("working_group"))
    if not group:
        raise ImportRejected(t("programme.group_missing", where=where(number, "working_group")))
    year = cell_number(row.get("year"))
    if year is None or year != int(year) or not 2000 <= year <= 2100:
        raise ImportRejected(
            t("programme.year_invalid", where=where(number, "year"), value=row.get("year"))
        )
    week = cell_number(row.get("week"))
    if week is None or week != int(week) or not 1 <= week <= _weeks_in(int(year)):
        raise ImportRejected(
            t("programme.week_invalid", where=where(number, "week"), value=row.get("week"))
        )
    kind = milestone_kind(cell_text(row.get("kind")))
    if kind is None:
        raise ImportRejected(
            t("programme.kind_invalid", where=where(number, "kind"), value=row.get("kind"))
        )
    return {
        "working_group": group,
        "year": int(year),
        "week": int(week),
        "kind": kind,
        "description": cell_text(row.get("description")),
    }


_KIND_WORDS = {
    "start": "start",
    "oppstart": "start",
    "oppstartsmøte": "start",
    "meeting": "meeting",
    "møte": "meeting",
    "mote": "meeting",
    "gruppemøte": "meeting",
    "status": "status",
    "statusmøte": "status",
    "statusrapport": "status",
    "rapport": "status",
    "finish": "finish",
    "slutt": "finish",
    "avslutning": "finish",
    "ferdig": "finish",
    "sluttrapport": "finish",
    "frist": "finish",
}


def milestone_kind(word: str) -> str | None:
    """start, meeting, status or finish from the English key or a Norwegian word; None if unknown."""
    return _KIND_WORDS.get(word.strip().lower())


def _weeks_in(year: int) -> int:
    return dt.date(year, 12, 28).isocalendar().week


def save_milestones(store: Store, access: Access, rows: pd.DataFrame) -> int:
    """Validates and stores the whole milestone plan (as edited in the app); returns its size."""
    require_programme_write(access)
    milestones = clean_milestones(rows)
    with store.transaction() as tx:
        replace_milestones(tx, milestones)
    return len(milestones)


def load_milestones(store: Store) -> pd.DataFrame:
    """The milestone plan (id, working_group, year, week, kind, description)."""
    return read_milestones(store)


def milestone_timeline(milestones: pd.DataFrame) -> pd.DataFrame:
    """The milestones with `date`: the Monday of their ISO week, ordered by date and group."""
    dates = [
        dt.date.fromisocalendar(int(year), int(week), 1)
        for year, week in zip(milestones["year"], milestones["week"], strict=True)
    ]
    return milestones.assign(date=dates).sort_values(["date", "working_group"], ignore_index=True)


def milestones_for_editing(milestones: pd.DataFrame) -> pd.DataFrame:
    """The plan with the kind as a Norwegian word (oppstart, møte, status, avslutning), which
    `milestone_kind` reads back when saving."""
    return milestones[EDIT_MILESTONE_COLUMNS].assign(
        kind=[kind_word(kind) for kind in milestones["kind"]]
    )


def kind_word(kind: str) -> str:
    """oppstart, møte, status or avslutning."""
    return t(f"milestone.{kind}").lower()
