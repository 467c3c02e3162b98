"""The monthly economy workshop: measures and their history, and the agenda of units.

Pure functions on frozen dataclasses; `analytics/workshop/records.py` reads and writes
them. A measure ("tiltak") belongs to a unit (or an ansvar), has a person responsible, a deadline
and an expected effect in NOK, and carries over from month to month until it is done or dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from enum import StrEnum

import pandas as pd

from analytics.core.errors import UserError
from analytics.core.formatting import format_date, format_nok
from analytics.core.organisation import Scope, ansvar_in_scope
from analytics.core.texts import t

MAX_TITLE_LENGTH = 200


class MeasureStatus(StrEnum):
    PLANNED = "planned"
    STARTED = "started"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def label(self) -> str:
        """Norwegian: planlagt, startet, gjennomført, droppet."""
        return t(f"workshop.status.{self.value}")

    @property
    def is_open(self) -> bool:
        """Planned and started measures carry over to the next month; done and dropped do not."""
        return self in (MeasureStatus.PLANNED, MeasureStatus.STARTED)


@dataclass(frozen=True)
class OwnForecast:
    """A budget holder's expected year-end net actual for a unit or ansvar, as seen in `month`.

    NOK, expenses positive and income negative; `forecast` None is a comment without a figure.
    """

    year: int
    month: int
    unit_code: str
    forecast: float | None
    comment: str


@dataclass(frozen=True)
class MeasureDraft:
    """The fields a person fills in for a measure; expected effect in NOK (a saving is positive)."""

    title: str
    description: str
    owner: str
    deadline: dt.date
    expected_effect: float
    status: MeasureStatus


@dataclass(frozen=True)
class Measure:
    """A stored measure with its current fields."""

    id: int
    unit_code: str
    title: str
    description: str
    owner: str
    deadline: dt.date
    expected_effect: float
    status: MeasureStatus
    created_year: int
    created_month: int
    created_by: str

    def is_overdue(self, today: dt.date) -> bool:
        """The deadline has passed and the measure is neither done nor dropped."""
        return self.status.is_open and self.deadline < today

    def draft(self) -> MeasureDraft:
        """The editable fields, to pre-fill a form or compare with an edit."""
        return MeasureDraft(
            self.title,
            self.description,
            self.owner,
            self.deadline,
            self.expected_effect,
            self.status,
        )


@dataclass(frozen=True)
class FieldChange:
    """One field of a measure that changed; values as stored (dates ISO, amounts as numbers)."""

    field: str
    old: str | float | None
    new: str | float | None


@dataclass(frozen=True)
class MeasureChange:
    """One entry of a measure's history, recorded in the workshop month `year`-`month`."""

    measure_id: int
    year: int
    month: int
    status: MeasureStatus
    note: str
    changes: tuple[FieldChange, ...]
    changed_by: str
    changed_at: dt.datetime


def validate_draft(draft: MeasureDraft) -> MeasureDraft:
    """The draft with text trimmed; raises UserError (Norwegian) for a missing title or owner."""
    title, owner = draft.title.strip(), draft.owner.strip()
    if not title:
        raise UserError(t("workshop.error.title_missing"))
    if len(title) > MAX_TITLE_LENGTH:
        raise UserError(t("workshop.error.title_too_long", limit=MAX_TITLE_LENGTH))
    if not owner:
        raise UserError(t("workshop.error.owner_missing"))
    return MeasureDraft(
        title,
        draft.description.strip(),
        owner,
        draft.deadline,
        float(draft.expected_effect),
        MeasureStatus(draft.status),
    )


def changed_fields(before: MeasureDraft, after: MeasureDraft) -> tuple[FieldChange, ...]:
    """The fields that differ between two drafts, in form order."""
    return tuple(
        FieldChange(field.name, _stored(old), _stored(new))
        for field in fields(MeasureDraft)
        if (old := getattr(before, field.name)) != (new := getattr(after, field.name))
    )


def creation_fields(draft: MeasureDraft) -> tuple[FieldChange, ...]:
    """Every field of a new measure, from nothing: the first entry of its history."""
    return tuple(
        FieldChange(field.name, None, _stored(getattr(draft, field.name)))
        for field in fields(MeasureDraft)
    )


def _stored(value: object) -> str | float:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float):
        return float(value)
    return str(value)


def status_as_of(history: Iterable[MeasureChange], year: int, month: int) -> MeasureStatus | None:
    """The status after the last change recorded in or before the month; None before creation."""
    entries = [entry for entry in history if (entry.year, entry.month) <= (year, month)]
    if not entries:
        return None
    return max(entries, key=lambda entry: (entry.year, entry.month, entry.changed_at)).status


def measures_as_of(
    measures: Sequence[Measure], history: Sequence[MeasureChange], year: int, month: int
) -> list[Measure]:
    """The measures on the table in this month, with their status as it was then.

    A measure shows from the month it was made while it is open, and once more in the month it
    was done or dropped, so the meeting sees it close; after that it no longer carries over.
    """
    by_measure: dict[int, list[MeasureChange]] = {}
    for entry in history:
        by_measure.setdefault(entry.measure_id, []).append(entry)
    previous_year, previous_month = (year, month - 1) if month > 1 else (year - 1, 12)
    result = []
    for measure in measures:
        if (measure.created_year, measure.created_month) > (year, month):
            continue
        entries = by_measure.get(measure.id, [])
        status = status_as_of(entries, year, month) or measure.status
        before = status_as_of(entries, previous_year, previous_month)
        if status.is_open or before is None or before.is_open:
            result.append(replace(measure, status=status))
    return sorted(result, key=lambda m: (m.unit_code, m.deadline, m.id))


def overdue_measures(measures: Iterable[Measure], today: dt.date) -> list[Measure]:
    """The measures whose deadline has passed and that are not done or dropped, oldest first."""
    return sorted(
        (measure for measure in measures if measure.is_overdue(today)),
        key=lambda m: (m.deadline, m.unit_code, m.id),
    )


MEASURE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("unit_code", "workshop.col.unit_code"),
    ("unit_name", "workshop.col.unit_name"),
    ("title", "workshop.col.title"),
    ("description", "workshop.col.description"),
    ("owner", "workshop.col.owner"),
    ("deadline", "workshop.col.deadline"),
    ("expected_effect", "workshop.col.expected_effect"),
    ("status", "workshop.col.status"),
    ("overdue", "workshop.col.overdue"),
)


def measures_table(
    measures: Sequence[Measure], unit_names: Mapping[str, str], today: dt.date
) -> pd.DataFrame:
    """The measures as a table with Norwegian headers: status as its label, effect in NOK.

    Deadlines stay dates (shown dd.mm.yyyy by the page and the xlsx export).
    """
    rows = [
        {
            "unit_code": m.unit_code,
            "unit_name": unit_names.get(m.unit_code, m.unit_code),
            "title": m.title,
            "description": m.description,
            "owner": m.owner,
            "deadline": m.deadline,
            "expected_effect": float(m.expected_effect),
            "status": m.status.label,
            "overdue": t("workshop.yes") if m.is_overdue(today) else t("workshop.no"),
        }
        for m in measures
    ]
    frame = pd.DataFrame(rows, columns=[column for column, _ in MEASURE_COLUMNS])
    frame = frame.astype({"expected_effect": "float64"})
    return frame.rename(columns={column: t(key) for column, key in MEASURE_COLUMNS})


def history_table(history: Sequence[MeasureChange]) -> pd.DataFrame:
    """A measure's history with Norwegian headers, oldest first: month, status, what changed."""
    rows = [
        {
            t("workshop.col.changed_in"): f"{t(f'month.{entry.month}')} {entry.year}",
            t("workshop.col.status"): entry.status.label,
            t("workshop.col.changes"): describe_changes(entry.changes),
            t("workshop.col.note"): entry.note,
            t("workshop.col.changed_by"): entry.changed_by,
            t("workshop.col.changed_at"): entry.changed_at,
        }
        for entry in history
    ]
    columns = ["changed_in", "status", "changes", "note", "changed_by", "changed_at"]
    return pd.DataFrame(rows, columns=[t(f"workshop.col.{column}") for column in columns])


def describe_changes(changes: Sequence[FieldChange]) -> str:
    """`Frist: 01.03.2026 → 01.04.2026; Status: planlagt → startet` (a new measure: «Opprettet»)."""
    if changes and all(change.old is None for change in changes):
        return t("workshop.history.created")
    return "; ".join(
        t(
            "workshop.history.change",
            field=t(f"workshop.field.{change.field}"),
            old=_shown(change.field, change.old),
            new=_shown(change.field, change.new),
        )
        for change in changes
    )


def _shown(field: str, value: str | float | None) -> str:
    if value is None or value == "":
        return "–"
    if field == "deadline":
        return format_date(dt.date.fromisoformat(str(value)))
    if field == "expected_effect":
        return format_nok(float(value))
    if field == "status":
        return MeasureStatus(str(value)).label
    return str(value)


def codes_of_units(organisation: pd.DataFrame, unit_codes: Iterable[str]) -> list[str]:
    """The unit codes and the codes of their ansvar: what measures and comments are keyed by."""
    wanted = set(unit_codes)
    rows = organisation[organisation["unit_code"].isin(wanted)]
    return sorted(wanted | set(rows["ansvar"]))


def code_names(organisation: pd.DataFrame) -> dict[str, str]:
    """Unit and ansvar codes to their names, for labelling rows keyed by either."""
    names = dict(zip(organisation["ansvar"], organisation["ansvar_name"], strict=True))
    names.update(zip(organisation["unit_code"], organisation["unit_name"], strict=True))
    return {str(code): str(name) for code, name in names.items()}


def organisation_in_scope(organisation: pd.DataFrame, scope: Scope) -> pd.DataFrame:
    """The rows of the organisation inside the scope: the units the workshop goes through."""
    inside = organisation["ansvar"].isin(ansvar_in_scope(organisation, scope))
    return organisation[inside].reset_index(drop=True)
