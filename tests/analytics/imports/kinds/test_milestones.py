"""The milestone-plan kind: a list of milestones, or the programme's grid of weeks with its
letters S (status meeting), O (start), A (working-group meeting), P (project-group meeting) and
F (finished)."""

from __future__ import annotations

import re

import pytest

from analytics.core.access import Access
from analytics.core.errors import ImportRejected
from analytics.imports import importer
from analytics.programme.milestones import load_milestones
from analytics.store import Store
from tests.analytics.imports.files import Rows
from tests.analytics.imports.helpers import import_sheet


def plan(store: Store) -> list[list[object]]:
    return load_milestones(store)[["working_group", "year", "week", "kind"]].values.tolist()


def test_a_list_with_the_year_in_the_title(store: Store) -> None:
    rows = [["Milepælsplan 2026"], [],
            ["Arbeidsgruppe", "Veke", "Type", "Skildring"],
            ["Renhold", 6, "Oppstart", "Første møte"],
            ["Renhold", 10, "møte", ""],
            ["Svømmehall", 22, "avslutning", "Sluttrapport"]]  # fmt: skip
    result = import_sheet(store, "plan.xlsx", rows)
    assert "Milepælsplan med 3 milepæler for 2 arbeidsgrupper" in result.summary()
    assert plan(store) == [
        ["Renhold", 2026, 6, "start"],
        ["Renhold", 2026, 10, "meeting"],
        ["Svømmehall", 2026, 22, "finish"],
    ]


def test_the_programmes_week_letters_in_a_list(store: Store) -> None:
    """The bug: "O" and the other letters were refused as "ukjent type «O»"."""
    rows = [["Arbeidsgruppe", "År", "Uke", "Type"], ["Brann", 2026, 5, "O"],
            ["Brann", 2026, 7, "A"], ["Brann", 2026, 9, "p"], ["Brann", 2026, 11, "S"],
            ["Brann", 2026, 20, "F"]]  # fmt: skip
    import_sheet(store, "plan.xlsx", rows)
    assert [row[3] for row in plan(store)] == [
        "start",
        "group_meeting",
        "project_meeting",
        "status",
        "finish",
    ]


def test_the_programmes_grid_of_weeks(store: Store) -> None:
    rows = [["Fremtidens kommune – plan for arbeidsgruppene 2026"],
            ["Arbeidsgruppe", "Uke 5", "Uke 6", "U7", "8", "Uke 9"],
            ["Brann og redning", "O", "", "A", "S/P", "F"],
            ["Renhold", "", "O", "A, S", "", ""],
            ["", "", "", "", "", ""]]  # fmt: skip
    result = import_sheet(store, "plan.xlsx", rows)  # recognised without --kind
    assert (result.preview.kind, result.preview.form) == ("milestones", "weeks")
    assert plan(store) == [
        ["Brann og redning", 2026, 5, "start"],
        ["Renhold", 2026, 6, "start"],
        ["Brann og redning", 2026, 7, "group_meeting"],
        ["Renhold", 2026, 7, "group_meeting"],
        ["Renhold", 2026, 7, "status"],
        ["Brann og redning", 2026, 8, "status"],
        ["Brann og redning", 2026, 8, "project_meeting"],
        ["Brann og redning", 2026, 9, "finish"],
    ]


@pytest.mark.parametrize(
    ("rows", "options", "message"),
    [
        ([["Arbeidsgruppe", "År", "Uke", "Type"], ["Brann", 2026, 5, "oppstart"],
          ["Brann", 2026, 9, "julebord"]], {}, "rad 3, kolonne D («Type»): ukjent type «julebord»"),
        ([["Arbeidsgruppe", "Uke 1", "Uke 2", "Uke 3"], ["Brann", "O", "X", "F"]], {"year": 2026},
         "rad 2, kolonne C («Uke 2»): ukjent type «X»"),
        ([["Arbeidsgruppe", "Uke", "Type"], ["Brann", 5, "O"]], {},
         "overskriftsraden mangler kolonne for år"),
        ([["Arbeidsgruppe", "År", "Uke", "Type"], ["Brann", 2025, 53, "O"]], {},
         "ventet et ukenummer fra 1 til 53, fant «53»"),
    ],
)  # fmt: skip
def test_bad_plans_are_refused(
    store: Store, rows: Rows, options: dict[str, int], message: str
) -> None:
    with pytest.raises(ImportRejected, match=re.escape(message)):
        import_sheet(store, "plan.xlsx", rows, kind="milestones", **options)  # type: ignore[arg-type]
    assert load_milestones(store).empty


def test_the_year_from_the_option_or_the_file_name(store: Store) -> None:
    rows = [["Arbeidsgruppe", "Uke", "Type"], ["Brann", 5, "O"]]
    import_sheet(store, "milepæler_2027.xlsx", rows)
    assert plan(store) == [["Brann", 2027, 5, "start"]]
    import_sheet(store, "milepæler.xlsx", [*rows, ["Brann", 6, "A"]], year=2028)
    assert [row[1] for row in plan(store)] == [2028, 2028]


def test_undo_restores_the_plan_it_replaced(store: Store) -> None:
    old = import_sheet(store, "gammel.xlsx", [["Arbeidsgruppe", "År", "Uke", "Type"],
                                              ["Brann", 2026, 4, "oppstart"]])  # fmt: skip
    new = import_sheet(store, "ny.xlsx", [["Arbeidsgruppe", "År", "Uke", "Type"],
                                          ["Renhold", 2026, 8, "S"]])  # fmt: skip
    assert new.preview.replaces == (old.upload_id,)
    assert plan(store) == [["Renhold", 2026, 8, "status"]]
    importer.undo(store, Access.system(), new.upload_id)
    assert plan(store) == [["Brann", 2026, 4, "start"]]
