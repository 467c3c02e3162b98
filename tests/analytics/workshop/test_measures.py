"""The workshop's pure logic: carry-over, overdue, history text, agenda order and stepping."""

from __future__ import annotations

import datetime as dt

import pytest

from analytics.core.errors import UserError
from analytics.core.names import Status
from analytics.core.organisation import Scope
from analytics.workshop.agenda import AgendaOrder, UnitSignal, build_agenda, step_unit
from analytics.workshop.measures import (
    FieldChange,
    Measure,
    MeasureChange,
    MeasureDraft,
    MeasureStatus,
    changed_fields,
    code_names,
    codes_of_units,
    creation_fields,
    describe_changes,
    history_table,
    measures_as_of,
    measures_table,
    organisation_in_scope,
    overdue_measures,
    status_as_of,
    validate_draft,
)
from tests.helpers import organisation

P, S, D, X = (
    MeasureStatus.PLANNED,
    MeasureStatus.STARTED,
    MeasureStatus.DONE,
    MeasureStatus.DROPPED,
)


def measure(
    id_: int,
    status: MeasureStatus = P,
    deadline: dt.date = dt.date(2026, 6, 30),
    created: tuple[int, int] = (2026, 3),
    unit: str = "310",
) -> Measure:
    return Measure(
        id_, unit, f"Tiltak {id_}", "", "Áile Sara", deadline, 50_000.0, status, *created, "leder"
    )


def change(
    id_: int, year: int, month: int, status: MeasureStatus, minute: int = 0
) -> MeasureChange:
    return MeasureChange(
        id_, year, month, status, "", (), "leder", dt.datetime(year, month, 1, 12, minute)
    )


@pytest.mark.parametrize(
    ("status", "label", "is_open"),
    [(P, "Planlagt", True), (S, "Startet", True), (D, "Gjennomført", False), (X, "Droppet", False)],
)
def test_status_labels_are_norwegian_and_only_planned_and_started_are_open(
    status: MeasureStatus, label: str, is_open: bool
) -> None:
    assert (status.label, status.is_open) == (label, is_open)


def test_status_as_of_takes_the_last_change_up_to_the_month() -> None:
    history = [change(1, 2026, 3, P), change(1, 2026, 5, S), change(1, 2026, 5, D, minute=9)]
    assert status_as_of(history, 2026, 2) is None
    assert status_as_of(history, 2026, 4) is P
    assert status_as_of(history, 2026, 5) is D
    assert status_as_of(history, 2027, 1) is D


def test_measures_carry_over_until_the_month_after_they_close() -> None:
    measures = [measure(1, status=D), measure(2, status=X, created=(2026, 4)), measure(3)]
    history = [
        change(1, 2026, 3, P),
        change(1, 2026, 4, S),
        change(1, 2026, 6, D),  # done in June: still shown in June, gone in July
        change(2, 2026, 4, X),  # dropped in the month it was made: shown in April only
        change(3, 2026, 3, P),
    ]

    def shown(month: int) -> list[tuple[int, str]]:
        return [(m.id, m.status.value) for m in measures_as_of(measures, history, 2026, month)]

    assert shown(2) == []
    assert shown(3) == [(1, "planned"), (3, "planned")]
    assert shown(4) == [(1, "started"), (2, "dropped"), (3, "planned")]
    assert shown(5) == [(1, "started"), (3, "planned")]
    assert shown(6) == [(1, "done"), (3, "planned")]
    assert shown(7) == [(3, "planned")]


def test_measures_carry_over_into_the_next_year() -> None:
    measures = [measure(1, created=(2025, 11))]
    history = [change(1, 2025, 11, S)]
    assert [m.status for m in measures_as_of(measures, history, 2026, 1)] == [S]


def test_a_reopened_measure_shows_again() -> None:
    measures = [measure(1, status=S)]
    history = [change(1, 2026, 3, P), change(1, 2026, 4, X), change(1, 2026, 7, S)]
    assert [len(measures_as_of(measures, history, 2026, m)) for m in (5, 6, 7)] == [0, 0, 1]


def test_overdue_means_deadline_passed_and_still_open() -> None:
    today = dt.date(2026, 5, 15)
    measures = [
        measure(1, P, dt.date(2026, 5, 14)),  # overdue
        measure(2, S, dt.date(2026, 4, 1)),  # overdue, older
        measure(3, P, dt.date(2026, 5, 15)),  # due today: not yet overdue
        measure(4, D, dt.date(2026, 1, 1)),  # done
        measure(5, X, dt.date(2026, 1, 1)),  # dropped
    ]
    assert [m.id for m in overdue_measures(measures, today)] == [2, 1]


def draft(**changes: object) -> MeasureDraft:
    values: dict[str, object] = {
        "title": "Færre vikarer",
        "description": "",
        "owner": "Máret Gaup",
        "deadline": dt.date(2026, 9, 1),
        "expected_effect": 120_000.0,
        "status": P,
    }
    values.update(changes)
    return MeasureDraft(**values)  # type: ignore[arg-type]


def test_validate_trims_text_and_refuses_missing_title_or_owner() -> None:
    assert validate_draft(draft(title="  Færre vikarer ", owner=" Máret ")).owner == "Máret"
    with pytest.raises(UserError, match="tittel"):
        validate_draft(draft(title="  "))
    with pytest.raises(UserError, match="ansvarlig"):
        validate_draft(draft(owner=""))


def test_changed_fields_lists_only_what_changed_in_stored_form() -> None:
    changes = changed_fields(draft(), draft(deadline=dt.date(2026, 10, 1), status=S))
    assert changes == (
        FieldChange("deadline", "2026-09-01", "2026-10-01"),
        FieldChange("status", "planned", "started"),
    )
    assert changed_fields(draft(), draft()) == ()


def test_describe_changes_in_norwegian_formats() -> None:
    changes = (
        FieldChange("deadline", "2026-09-01", "2026-10-01"),
        FieldChange("expected_effect", 120000.0, 95000.0),
        FieldChange("status", "planned", "started"),
    )
    assert describe_changes(changes) == (
        "Frist: 01.09.2026 → 01.10.2026; "
        "Forventet effekt: 120\xa0000 kr → 95\xa0000 kr; "
        "Status: Planlagt → Startet"
    )
    assert describe_changes(creation_fields(draft())) == "Opprettet"


ORGANISATION = organisation(
    ("1100", "a", "110", "Kárášjoga skuvla", "1", "Oppvekst"),
    ("1101", "b", "110", "Kárášjoga skuvla", "1", "Oppvekst"),
    ("2100", "c", "210", "Helse", "2", "Helse"),
    ("3100", "d", "310", "Čáhppes barnehage", "3", "Barnehage"),
)


@pytest.mark.parametrize(
    ("order", "signals", "expected"),
    [
        (AgendaOrder.ORGANISATION, {"310": UnitSignal(Status.RED, -9.0)}, ["110", "210", "310"]),
        (
            AgendaOrder.WORST_FIRST,
            {
                "110": UnitSignal(Status.YELLOW, -5.0),
                "210": UnitSignal(Status.RED, -1.0),
                "310": UnitSignal(Status.RED, -8.0),
            },
            ["310", "210", "110"],
        ),
        (AgendaOrder.WORST_FIRST, {"210": UnitSignal(Status.GREEN, 3.0)}, ["210", "110", "310"]),
    ],
)
def test_agenda_order(
    order: AgendaOrder, signals: dict[str, UnitSignal], expected: list[str]
) -> None:
    agenda = build_agenda(ORGANISATION, order, signals)
    assert [item.unit_code for item in agenda] == expected
    assert agenda[-1].unit_name in {"Čáhppes barnehage", "Kárášjoga skuvla"}


@pytest.mark.parametrize(
    ("current", "offset", "expected"),
    [
        ("110", 1, "210"),
        ("210", 1, "310"),
        ("310", 1, "310"),  # held at the end
        ("210", -1, "110"),
        ("110", -1, "110"),  # held at the start
        ("999", 1, "110"),  # unknown: the first
        (None, -1, "110"),
    ],
)
def test_step_unit(current: str | None, offset: int, expected: str) -> None:
    assert step_unit(["110", "210", "310"], current, offset) == expected


def test_step_unit_on_an_empty_agenda() -> None:
    assert step_unit([], "110", 1) is None


def test_measures_table_has_norwegian_headers_numbers_and_dates() -> None:
    table = measures_table(
        [measure(1, S, dt.date(2026, 4, 1)), measure(2, D, dt.date(2026, 4, 1))],
        {"310": "Čáhppes barnehage"},
        today=dt.date(2026, 5, 1),
    )
    assert list(table.columns) == [
        "Kode",
        "Enhet",
        "Tiltak",
        "Beskrivelse",
        "Ansvarlig",
        "Frist",
        "Forventet effekt (kr)",
        "Status",
        "Over fristen",
    ]
    assert table["Forventet effekt (kr)"].dtype == "float64"
    assert table["Frist"].tolist() == [dt.date(2026, 4, 1)] * 2
    assert table["Status"].tolist() == ["Startet", "Gjennomført"]
    assert table["Over fristen"].tolist() == ["Ja", "Nei"]
    assert table["Enhet"].iloc[0] == "Čáhppes barnehage"


def test_measures_table_when_empty_keeps_its_headers() -> None:
    table = measures_table([], {}, today=dt.date(2026, 5, 1))
    assert table.empty and "Frist" in table.columns


def test_codes_of_units_include_their_ansvar() -> None:
    assert codes_of_units(ORGANISATION, ["110", "310"]) == ["110", "1100", "1101", "310", "3100"]


def test_code_names_cover_units_and_ansvar() -> None:
    names = code_names(ORGANISATION)
    assert (names["310"], names["3100"]) == ("Čáhppes barnehage", "d")


def test_history_table_in_norwegian_oldest_first() -> None:
    entries = [
        MeasureChange(7, 2026, 3, P, "", creation_fields(draft()), "Ánte", dt.datetime(2026, 3, 9)),
        MeasureChange(
            7, 2026, 4, S, "I gang", (FieldChange("status", "planned", "started"),), "Ánte",
            dt.datetime(2026, 4, 9),
        ),
    ]  # fmt: skip
    table = history_table(entries)
    assert table[["Måned", "Status", "Endringer", "Merknad"]].values.tolist() == [
        ["mars 2026", "Planlagt", "Opprettet", ""],
        ["april 2026", "Startet", "Status: Planlagt → Startet", "I gang"],
    ]
    assert history_table([]).columns.tolist() == table.columns.tolist()


@pytest.mark.parametrize(
    ("scope", "units"),
    [
        (Scope("kommune", "", "Hele kommunen"), ["110", "210", "310"]),
        (Scope("sektor", "1", "Oppvekst"), ["110"]),
        (Scope("ansvar", "1101", "b"), ["110"]),
    ],
)
def test_organisation_in_scope(scope: Scope, units: list[str]) -> None:
    assert organisation_in_scope(ORGANISATION, scope)["unit_code"].unique().tolist() == units
