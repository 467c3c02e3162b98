"""The workshop's SQL: own forecasts, comments, measures with history, and access per role."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from analytics.core.access import Access, Role
from analytics.core.audit import read_audit_log
from analytics.core.errors import AccessDenied, NotFound, UserError
from analytics.store import Store
from analytics.store.organisation import replace_organisation
from analytics.workshop.measures import (
    FieldChange,
    MeasureDraft,
    MeasureStatus,
    OwnForecast,
    measures_as_of,
    overdue_measures,
)
from analytics.workshop.records import (
    add_measure,
    delete_measure,
    may_write_unit,
    own_forecasts,
    read_history,
    read_measure,
    read_measures,
    save_own_forecast,
    save_own_forecasts,
    save_workshop_comment,
    update_measure,
    workshop_comments,
)
from tests.helpers import organisation

ORGANISATION = organisation(
    ("1100", "Skuvla", "110", "Kárášjoga skuvla", "1", "Oppvekst"),
    ("1101", "SFO", "110", "Kárášjoga skuvla", "1", "Oppvekst"),
    ("2100", "Heimebálvalus", "210", "Heimebálvalus", "2", "Helse"),
)
DIRECTOR = Access("direktør", Role.DIRECTOR)
LEADER = Access("Ánte Leder", Role.LEADER, frozenset({"1"}))
HOLDER = Access("Sárá Budsjett", Role.BUDGET_HOLDER, frozenset({"110"}))
ANSVAR_HOLDER = Access("Nils Ansvar", Role.BUDGET_HOLDER, frozenset({"1101"}))
VIEWER = Access("Elle Leser", Role.VIEWER, frozenset({"110"}))


@pytest.fixture
def org_store(store: Store) -> Store:
    replace_organisation(store, ORGANISATION)
    return store


def draft(**changes: object) -> MeasureDraft:
    values: dict[str, object] = {
        "title": "Færre vikarer i SFO",
        "description": "Turnus uten overlapp",
        "owner": "Máret Gaup",
        "deadline": dt.date(2026, 6, 30),
        "expected_effect": 150_000.0,
        "status": MeasureStatus.PLANNED,
    }
    values.update(changes)
    return MeasureDraft(**values)  # type: ignore[arg-type]


def test_own_forecast_is_stored_replaced_and_read_back(org_store: Store) -> None:
    save_own_forecast(org_store, HOLDER, 2026, 3, "110", 1_000_000.0, "Vikarer", "Sárá Budsjett")
    save_own_forecast(org_store, HOLDER, 2026, 3, "110", 1_250_000.5, " Mer vikarer ", "Sárá")
    save_own_forecast(org_store, DIRECTOR, 2026, 4, "210", None, "Bare kommentar", "direktør")
    march = own_forecasts(org_store, DIRECTOR, 2026, 3)
    assert march[["unit_code", "forecast", "comment", "entered_by"]].to_dict("records") == [
        {
            "unit_code": "110",
            "forecast": 1_250_000.5,
            "comment": "Mer vikarer",
            "entered_by": "Sárá",
        }
    ]
    year = own_forecasts(org_store, DIRECTOR, 2026)
    assert year["unit_code"].tolist() == ["110", "210"]
    assert pd.isna(year["forecast"].iloc[1])
    assert own_forecasts(org_store, HOLDER, 2026)["unit_code"].tolist() == ["110"]
    assert read_audit_log(org_store)["action"].tolist().count("own_forecast") == 3


def test_budget_holder_enters_forecasts_only_for_their_own_units(org_store: Store) -> None:
    with pytest.raises(AccessDenied):
        save_own_forecast(org_store, HOLDER, 2026, 3, "210", 5.0, "", "Sárá")
    # holding one ansvar of a unit gives that ansvar, not the whole unit
    save_own_forecast(org_store, ANSVAR_HOLDER, 2026, 3, "1101", 5.0, "", "Nils")
    with pytest.raises(AccessDenied):
        save_own_forecast(org_store, ANSVAR_HOLDER, 2026, 3, "110", 5.0, "", "Nils")
    assert own_forecasts(org_store, DIRECTOR, 2026)["unit_code"].tolist() == ["1101"]


@pytest.mark.parametrize(
    ("access", "unit", "allowed"),
    [
        (DIRECTOR, "210", True),
        (LEADER, "110", True),
        (LEADER, "210", False),
        (HOLDER, "110", True),
        (HOLDER, "210", False),
        (VIEWER, "110", False),
    ],
)
def test_who_may_add_measures_and_comments(
    org_store: Store, access: Access, unit: str, allowed: bool
) -> None:
    if allowed:
        add_measure(org_store, access, unit, draft(), 2026, 3)
        save_workshop_comment(org_store, access, 2026, 3, unit, "Følges opp")
        assert len(read_measures(org_store, DIRECTOR)) == 1
        assert len(workshop_comments(org_store, DIRECTOR, 2026, 3)) == 1
    else:
        with pytest.raises(AccessDenied):
            add_measure(org_store, access, unit, draft(), 2026, 3)
        with pytest.raises(AccessDenied):
            save_workshop_comment(org_store, access, 2026, 3, unit, "Følges opp")
        assert read_measures(org_store, DIRECTOR) == []


def test_viewer_may_not_change_or_delete_a_measure(org_store: Store) -> None:
    measure_id = add_measure(org_store, DIRECTOR, "110", draft(), 2026, 3)
    with pytest.raises(AccessDenied):
        update_measure(org_store, VIEWER, measure_id, draft(status=MeasureStatus.DONE), 2026, 4)
    with pytest.raises(AccessDenied):
        delete_measure(org_store, VIEWER, measure_id)
    assert read_measure(org_store, VIEWER, measure_id).status is MeasureStatus.PLANNED


def test_unknown_unit_is_refused(org_store: Store) -> None:
    with pytest.raises(NotFound):
        add_measure(org_store, DIRECTOR, "999", draft(), 2026, 3)


def test_invalid_measure_stores_nothing(org_store: Store) -> None:
    with pytest.raises(UserError):
        add_measure(org_store, DIRECTOR, "110", draft(owner=" "), 2026, 3)
    assert org_store.value("SELECT count(*) FROM measures") == 0
    assert org_store.value("SELECT count(*) FROM measure_history") == 0


def test_measures_are_read_only_where_visible(org_store: Store) -> None:
    first = add_measure(org_store, DIRECTOR, "110", draft(), 2026, 3)
    second = add_measure(org_store, DIRECTOR, "210", draft(title="Kjøp færre senger"), 2026, 3)
    assert [m.id for m in read_measures(org_store, HOLDER)] == [first]
    assert [m.id for m in read_measures(org_store, DIRECTOR, ["210"])] == [second]
    with pytest.raises(NotFound):
        read_measure(org_store, HOLDER, second)
    assert [c.measure_id for c in read_history(org_store, HOLDER)] == [first]


def test_every_change_is_in_the_history_with_what_changed(org_store: Store) -> None:
    measure_id = add_measure(org_store, LEADER, "110", draft(), 2026, 3)
    update_measure(org_store, LEADER, measure_id, draft(status=MeasureStatus.STARTED), 2026, 4)
    changes = update_measure(
        org_store,
        HOLDER,
        measure_id,
        draft(status=MeasureStatus.STARTED, deadline=dt.date(2026, 8, 31)),
        2026,
        5,
        note="Ny turnus først i august",
    )
    assert changes == (FieldChange("deadline", "2026-06-30", "2026-08-31"),)
    history = read_history(org_store, DIRECTOR, [measure_id])
    assert [(h.month, h.status.value, h.changed_by) for h in history] == [
        (3, "planned", "Ánte Leder"),
        (4, "started", "Ánte Leder"),
        (5, "started", "Sárá Budsjett"),
    ]
    assert len(history[0].changes) == 6  # creation: every field
    assert history[1].changes == (FieldChange("status", "planned", "started"),)
    assert history[2].note == "Ny turnus først i august"
    assert read_measure(org_store, DIRECTOR, measure_id).deadline == dt.date(2026, 8, 31)
    actions = read_audit_log(org_store)["action"].tolist()
    assert actions.count("measure_add") == 1 and actions.count("measure_change") == 2


def test_saving_without_change_writes_nothing(org_store: Store) -> None:
    measure_id = add_measure(org_store, DIRECTOR, "110", draft(), 2026, 3)
    assert update_measure(org_store, DIRECTOR, measure_id, draft(), 2026, 4) == ()
    assert len(read_history(org_store, DIRECTOR)) == 1


def test_stored_measures_carry_over_and_fall_overdue(org_store: Store) -> None:
    done = add_measure(org_store, DIRECTOR, "110", draft(title="Ferdig i april"), 2026, 3)
    update_measure(org_store, DIRECTOR, done, draft(status=MeasureStatus.DONE), 2026, 4)
    late = add_measure(
        org_store, DIRECTOR, "210", draft(title="Sent", deadline=dt.date(2026, 4, 15)), 2026, 3
    )
    measures, history = read_measures(org_store, DIRECTOR), read_history(org_store, DIRECTOR)
    assert [m.id for m in measures_as_of(measures, history, 2026, 4)] == [done, late]
    assert [m.id for m in measures_as_of(measures, history, 2026, 5)] == [late]
    assert [m.id for m in overdue_measures(measures, dt.date(2026, 4, 16))] == [late]
    assert overdue_measures(measures, dt.date(2026, 4, 15)) == []


def test_delete_removes_measure_and_history(org_store: Store) -> None:
    measure_id = add_measure(org_store, HOLDER, "110", draft(), 2026, 3)
    delete_measure(org_store, HOLDER, measure_id)
    assert read_measures(org_store, DIRECTOR) == []
    assert org_store.value("SELECT count(*) FROM measure_history") == 0
    assert "Færre vikarer i SFO" in read_audit_log(org_store)["detail"].iloc[0]


def test_workshop_comments_one_per_person_and_month(org_store: Store) -> None:
    save_workshop_comment(org_store, LEADER, 2026, 3, "110", "Først")
    save_workshop_comment(org_store, LEADER, 2026, 3, "110", "Rettet")
    save_workshop_comment(org_store, DIRECTOR, 2026, 3, "110", "Enig")
    save_workshop_comment(org_store, DIRECTOR, 2026, 3, "210", "Helse")
    comments = workshop_comments(org_store, HOLDER, 2026, 3)
    assert comments[["comment", "written_by"]].values.tolist() == [
        ["Rettet", "Ánte Leder"],
        ["Enig", "direktør"],
    ]


@pytest.mark.parametrize(
    ("access", "unit", "expected"),
    [(HOLDER, "110", True), (HOLDER, "210", False), (VIEWER, "110", False), (LEADER, "999", False)],
)
def test_may_write_unit(org_store: Store, access: Access, unit: str, expected: bool) -> None:
    assert may_write_unit(org_store, access, unit) is expected


def test_own_forecasts_from_a_template_are_stored_all_or_none(org_store: Store) -> None:
    entries = [
        OwnForecast(2026, 5, "110", 2_000_000.0, "Skuvla"),
        OwnForecast(2026, 5, "210", float("nan"), "Bare kommentar"),
    ]
    with pytest.raises(AccessDenied):  # the second unit is not the budget holder's
        save_own_forecasts(org_store, HOLDER, entries, "Sárá")
    with pytest.raises(UserError, match="1–12"):
        save_own_forecasts(org_store, DIRECTOR, [OwnForecast(2026, 13, "110", 1.0, "")], "x")
    assert own_forecasts(org_store, DIRECTOR, 2026).empty
    assert save_own_forecasts(org_store, DIRECTOR, entries, "Opplaster") == 2
    stored = own_forecasts(org_store, DIRECTOR, 2026, 5)
    assert stored["forecast"].isna().tolist() == [False, True]
    assert set(stored["entered_by"]) == {"Opplaster"}
