"""The workshop's records, checked against access: own forecasts, comments, measures, history.

Every read is cut to what the person may see; every write checks `require_write` for all ansvar
of the unit it concerns (a viewer changes nothing, a budget holder only their own units) and
leaves an entry in the audit log. `unit_code` may name a unit (enhet) or one ansvar. The SQL is
in `analytics/store/workshop.py`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence

import pandas as pd

from analytics.core import clock
from analytics.core.access import Access, require_write, visible_organisation
from analytics.core.audit import record
from analytics.core.errors import AccessDenied, NotFound, UserError
from analytics.core.texts import t
from analytics.store import Store
from analytics.store import workshop as workshop_store
from analytics.store.goals import set_measure_link
from analytics.store.organisation import read_organisation
from analytics.workshop.measures import (
    FieldChange,
    Measure,
    MeasureChange,
    MeasureDraft,
    MeasureStatus,
    OwnForecast,
    changed_fields,
    creation_fields,
    validate_draft,
)


def _ansvar_of(organisation: pd.DataFrame, code: str) -> set[str]:
    """The ansvar a unit or ansvar code covers; NotFound when the organisation lacks it."""
    mask = (organisation["unit_code"] == code) | (organisation["ansvar"] == code)
    ansvar = set(organisation.loc[mask, "ansvar"])
    if not ansvar:
        raise NotFound(t("store.unknown_scope", code=code))
    return ansvar


def _require_unit_write(store: Store, access: Access, unit_code: str) -> None:
    organisation = read_organisation(store)
    require_write(organisation, access, _ansvar_of(organisation, unit_code))


def may_write_unit(store: Store, access: Access, unit_code: str) -> bool:
    """True when the person may record forecasts, comments and measures for this unit."""
    try:
        _require_unit_write(store, access, unit_code)
    except (AccessDenied, NotFound):
        return False
    return True


def visible_codes(store: Store, access: Access) -> list[str]:
    """The unit and ansvar codes this person may see (workshop rows are keyed by either)."""
    visible = visible_organisation(read_organisation(store), access)
    return sorted(set(visible["unit_code"]) | set(visible["ansvar"]))


# --- own forecasts and comments ------------------------------------------------------------------


def save_own_forecast(
    store: Store,
    access: Access,
    year: int,
    month: int,
    unit_code: str,
    forecast: float | None,
    comment: str,
    by: str,
) -> None:
    """Stores the budget holder's year-end forecast (NOK, net, expenses positive) and comment.

    One entry per unit and month: a new one replaces the old. `forecast` None keeps only the
    comment. `by` is the person who entered it (the uploader when it came from a template).
    """
    save_own_forecasts(store, access, [OwnForecast(year, month, unit_code, forecast, comment)], by)


def save_own_forecasts(
    store: Store, access: Access, entries: Sequence[OwnForecast], by: str
) -> int:
    """Stores several own forecasts all together or none (a template upload); returns the count.

    Checks every unit against what the person may change before anything is written.
    """
    organisation = read_organisation(store)
    for entry in entries:
        if not 1 <= entry.month <= 12:
            raise UserError(t("workshop.error.month", month=entry.month))
        require_write(organisation, access, _ansvar_of(organisation, entry.unit_code))
    rows = [
        (
            entry.year,
            entry.month,
            entry.unit_code,
            None if entry.forecast is None or math.isnan(entry.forecast) else entry.forecast,
            entry.comment.strip(),
        )
        for entry in entries
    ]
    workshop_store.upsert_own_forecasts(store, rows, by, clock.now())
    units = ", ".join(sorted({entry.unit_code for entry in entries}))
    record(store, by, "own_forecast", f"{len(entries)}: {units}")
    return len(entries)


def own_forecasts(
    store: Store, access: Access, year: int, month: int | None = None
) -> pd.DataFrame:
    """The budget holders' forecasts the person may see, for one month or the whole year.

    Columns: year, month, unit_code, forecast (NOK as float, NaN for comment only), comment,
    entered_by, entered_at; sorted by month and unit.
    """
    return workshop_store.select_own_forecasts(store, year, month, visible_codes(store, access))


def save_workshop_comment(
    store: Store, access: Access, year: int, month: int, unit_code: str, comment: str
) -> None:
    """Stores the person's comment from the workshop on a unit and month (one per person)."""
    _require_unit_write(store, access, unit_code)
    workshop_store.upsert_workshop_comment(
        store, year, month, unit_code, comment.strip(), access.user, clock.now()
    )
    record(store, access.user, "workshop_comment", f"{unit_code} {year}-{month:02d}")


def workshop_comments(store: Store, access: Access, year: int, month: int) -> pd.DataFrame:
    """The workshop's comments of the month the person may see: unit_code, comment, written_by,
    written_at; oldest first."""
    return workshop_store.select_workshop_comments(store, year, month, visible_codes(store, access))


# --- measures ------------------------------------------------------------------------------------


def add_measure(
    store: Store, access: Access, unit_code: str, draft: MeasureDraft, year: int, month: int
) -> int:
    """Stores a new measure made in the workshop of `year`-`month`; returns its id.

    The measure and the first entry of its history are written together, or not at all.
    """
    _require_unit_write(store, access, unit_code)
    clean = validate_draft(draft)
    now = clock.now()
    history = _history(year, month, clean.status, "", creation_fields(clean), access)
    measure_id = workshop_store.insert_measure(
        store, unit_code, _values(clean), (year, month, access.user, now), history
    )
    record(store, access.user, "measure_add", f"{measure_id} {unit_code}: {clean.title}")
    return measure_id


def update_measure(
    store: Store,
    access: Access,
    measure_id: int,
    draft: MeasureDraft,
    year: int,
    month: int,
    note: str = "",
) -> tuple[FieldChange, ...]:
    """Changes a measure in the workshop of `year`-`month` and records what changed.

    Returns the changed fields; with no change and no note nothing is written.
    """
    current = read_measure(store, access, measure_id)
    _require_unit_write(store, access, current.unit_code)
    clean = validate_draft(draft)
    changes = changed_fields(current.draft(), clean)
    if not changes and not note.strip():
        return changes
    history = _history(year, month, clean.status, note.strip(), changes, access)
    workshop_store.update_measure_row(store, measure_id, _values(clean), history)
    fields = ", ".join(change.field for change in changes)
    record(store, access.user, "measure_change", f"{measure_id}: {fields}")
    return changes


def delete_measure(store: Store, access: Access, measure_id: int) -> None:
    """Removes a measure entered by mistake, with its history (the audit log keeps its title).

    A measure that was given up should rather get the status «droppet».
    """
    current = read_measure(store, access, measure_id)
    _require_unit_write(store, access, current.unit_code)
    workshop_store.delete_measure_rows(store, measure_id)
    record(
        store, access.user, "measure_delete", f"{measure_id} {current.unit_code}: {current.title}"
    )


def _values(draft: MeasureDraft) -> workshop_store.MeasureValues:
    return (
        draft.title,
        draft.description,
        draft.owner,
        draft.deadline,
        draft.expected_effect,
        draft.status.value,
    )


def _history(
    year: int,
    month: int,
    status: MeasureStatus,
    note: str,
    changes: Iterable[FieldChange],
    access: Access,
) -> workshop_store.HistoryValues:
    encoded = json.dumps({c.field: [c.old, c.new] for c in changes}, ensure_ascii=False)
    return (year, month, status.value, note, encoded, access.user, clock.now())


def read_measures(
    store: Store, access: Access, unit_codes: Iterable[str] | None = None
) -> list[Measure]:
    """The measures the person may see, optionally only those of these unit or ansvar codes."""
    codes = visible_codes(store, access)
    if unit_codes is not None:
        wanted = set(unit_codes)
        codes = [code for code in codes if code in wanted]
    return [_measure(row) for row in workshop_store.select_measures(store, codes)]


def read_measure(store: Store, access: Access, measure_id: int) -> Measure:
    """One measure; NotFound when it does not exist or the person may not see it."""
    row = workshop_store.select_measure(store, measure_id)
    if row is None or row[1] not in visible_codes(store, access):
        raise NotFound(t("workshop.error.measure_missing", id=measure_id))
    return _measure(row)


def _measure(row: tuple[object, ...]) -> Measure:
    (id_, unit, title, description, owner, deadline, effect, status, year, month, by) = row
    return Measure(
        id=int(id_),  # type: ignore[call-overload]
        unit_code=str(unit),
        title=str(title),
        description=str(description),
        owner=str(owner),
        deadline=deadline,  # type: ignore[arg-type]
        expected_effect=float(effect),  # type: ignore[arg-type]
        status=MeasureStatus(str(status)),
        created_year=int(year),  # type: ignore[call-overload]
        created_month=int(month),  # type: ignore[call-overload]
        created_by=str(by),
    )


def read_history(
    store: Store, access: Access, measure_ids: Iterable[int] | None = None
) -> list[MeasureChange]:
    """The history of the measures the person may see (or of these ids), oldest entry first."""
    ids = [measure.id for measure in read_measures(store, access)]
    if measure_ids is not None:
        wanted = set(measure_ids)
        ids = [measure_id for measure_id in ids if measure_id in wanted]
    return [_change(row) for row in workshop_store.select_history(store, ids)]


def _change(row: tuple[object, ...]) -> MeasureChange:
    measure_id, year, month, status, note, changes, by, at = row
    decoded = json.loads(str(changes or "{}"))
    return MeasureChange(
        measure_id=int(measure_id),  # type: ignore[call-overload]
        year=int(year),  # type: ignore[call-overload]
        month=int(month),  # type: ignore[call-overload]
        status=MeasureStatus(str(status)),
        note=str(note),
        changes=tuple(FieldChange(field, old, new) for field, (old, new) in decoded.items()),
        changed_by=str(by),
        changed_at=at,  # type: ignore[arg-type]
    )


def link_measure(
    store: Store, access: Access, measure_id: int, goal_code: str, indicator_key: str = ""
) -> None:
    """Links a measure to a goal of the goal tree and/or an indicator ('' for none), by someone
    who may change the measure's unit."""
    current = read_measure(store, access, measure_id)
    _require_unit_write(store, access, current.unit_code)
    set_measure_link(store, measure_id, goal_code.strip(), indicator_key.strip())
    record(store, access.user, "measure_link", f"{measure_id}: {goal_code} {indicator_key}")
