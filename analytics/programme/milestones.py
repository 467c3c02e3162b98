"""The working groups' milestone plan: (working group, year, ISO week, kind).

The programme's plans mark weeks with letters (DOMAIN.md): S status meeting, O start
("oppstart"), A working-group meeting, P project-group meeting, F finished ("ferdig"). Those
and the older words (møte, avslutning, …) are declared once in MILESTONE_KINDS. A kind is also
read from its label in every language of the texts ("Oppstart (O)", "Álggaheapmi (O)") and the
label without its letter, so a plan written or edited in North Sami reads back in bokmål.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from analytics.core.access import Access, require_programme_write
from analytics.core.errors import ImportRejected
from analytics.core.texts import t, texts_for
from analytics.programme.cells import (
    Where,
    cell_number,
    cell_text,
    non_empty_rows,
    save_edited_register,
    shown,
    table_where,
)
from analytics.store import Store
from analytics.store.programme import read_milestones, store_milestones_upload


@dataclass(frozen=True)
class MilestoneKind:
    """A kind of milestone: its key (stored), the plan's week letter, the words that mean it,
    and its symbol on the timeline. Its Norwegian label is t("milestone.<key>")."""

    key: str
    letter: str
    words: tuple[str, ...]
    symbol: str


MILESTONE_KIND_TABLE: tuple[MilestoneKind, ...] = (
    MilestoneKind("start", "O", ("start", "oppstart", "oppstartsmøte", "álggahančoahkkin"),
                  "triangle-right"),
    MilestoneKind("group_meeting", "A", ("group_meeting", "arbeidsgruppemøte",
                                         "arbeidsmøte", "arbeidsgruppe"), "circle"),
    MilestoneKind("project_meeting", "P", ("project_meeting", "prosjektgruppemøte",
                                           "prosjektmøte", "prosjektgruppe"), "square"),
    MilestoneKind("meeting", "", ("meeting", "møte", "mote", "gruppemøte"), "circle-open"),
    MilestoneKind("status", "S", ("status", "statusmøte", "statusrapport", "rapport", "stáhtus",
                                  "stáhtusraporta", "raporta"), "diamond"),
    MilestoneKind("finish", "F", ("finish", "ferdig", "slutt", "avslutning", "sluttrapport",
                                  "frist", "loahpaheapmi", "loahpparaporta"), "star"),
)  # fmt: skip
MILESTONE_KINDS = tuple(kind.key for kind in MILESTONE_KIND_TABLE)
MILESTONE_LETTERS = {kind.letter: kind.key for kind in MILESTONE_KIND_TABLE if kind.letter}
EDIT_MILESTONE_COLUMNS = ["working_group", "year", "week", "kind", "description"]


def clean_milestones(
    rows: pd.DataFrame, where: Where = table_where, first_row: int = 1
) -> pd.DataFrame:
    """Checked milestone rows (working_group, year, week, kind, description).

    `kind` must be one of MILESTONE_KINDS (after `milestone_kind` reads Norwegian words), the week
    an ISO week of its year. Raises ImportRejected naming row and column; empty rows skipped."""
    cleaned = [
        clean_milestone(row, number, where) for number, row in non_empty_rows(rows, first_row)
    ]
    return pd.DataFrame(cleaned, columns=EDIT_MILESTONE_COLUMNS)


def clean_milestone(row: dict[str, object], number: int, where: Where) -> dict[str, object]:
    """One checked milestone row (see `clean_milestones`); `number` is its row number."""
    group = cell_text(row.get("working_group"))
    if not group:
        raise ImportRejected(t("programme.group_missing", where=where(number, "working_group")))
    year = cell_number(row.get("year"))
    if year is None or year != int(year) or not 2000 <= year <= 2100:
        raise ImportRejected(
            t("programme.year_invalid", where=where(number, "year"), value=shown(row.get("year")))
        )
    week = cell_number(row.get("week"))
    if week is None or week != int(week) or not 1 <= week <= _weeks_in(int(year)):
        raise ImportRejected(
            t("programme.week_invalid", where=where(number, "week"), value=shown(row.get("week")))
        )
    kind = milestone_kind(cell_text(row.get("kind")))
    if kind is None:
        raise ImportRejected(
            t("programme.kind_invalid", where=where(number, "kind"), value=shown(row.get("kind")))
        )
    return {
        "working_group": group,
        "year": int(year),
        "week": int(week),
        "kind": kind,
        "description": cell_text(row.get("description")),
    }


def _normalised(word: str) -> str:
    return " ".join(word.strip().lower().split())


def _labels(kind: MilestoneKind) -> set[str]:
    """The kind's label in every language, with and without its letter: "oppstart (o)" and
    "oppstart", "álggaheapmi (o)" and "álggaheapmi"."""
    labels = {_normalised(label) for label in texts_for(f"milestone.{kind.key}").values()}
    suffix = f" ({kind.letter.lower()})"
    return labels | {label.removesuffix(suffix) for label in labels if kind.letter}


_KIND_WORDS = {
    word: kind.key
    for kind in MILESTONE_KIND_TABLE
    for word in (*kind.words, kind.letter.lower(), *_labels(kind))
    if word
}


def milestone_kind(word: str) -> str | None:
    """The kind's key from its key, its week letter (S, O, A, P, F), its label in any language
    (with or without the letter) or a word for it in bokmål or North Sami; None if unknown."""
    return _KIND_WORDS.get(_normalised(word))


def _weeks_in(year: int) -> int:
    return dt.date(year, 12, 28).isocalendar().week


def save_milestones(store: Store, access: Access, rows: pd.DataFrame) -> int:
    """Validates and stores the whole milestone plan as edited in the app; returns its size.

    The edit is an upload of its own in the history (so it can be undone like a file); an
    unchanged plan stores nothing.
    """
    require_programme_write(access)
    milestones = clean_milestones(rows)
    current = read_milestones(store)[EDIT_MILESTONE_COLUMNS]
    coverage = {"rows": len(milestones), "groups": int(milestones["working_group"].nunique())}
    return save_edited_register(
        store, access, "milestones", (milestones, current), coverage, store_milestones_upload
    )


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
    """The plan with the kind as its Norwegian label ("Oppstart (O)", …), which
    `milestone_kind` reads back when saving."""
    return milestones[EDIT_MILESTONE_COLUMNS].assign(
        kind=[kind_word(kind) for kind in milestones["kind"]]
    )


def kind_word(kind: str) -> str:
    """The kind's Norwegian label with its week letter, as the editor offers it."""
    return t(f"milestone.{kind}")
