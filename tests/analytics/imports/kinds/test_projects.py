"""The projects register kind: recognised, previewed with what it replaces, stored by code,
undone exactly, refused with every bad cell named, and only by the director and administrators."""

from __future__ import annotations

import pytest

from analytics.core.access import Access, Role
from analytics.core.errors import AccessDenied, ImportRejected
from analytics.imports import importer
from analytics.store import Store
from analytics.store.projects import read_projects
from tests.analytics.imports.helpers import import_sheet, prepare_sheet

REGISTER = [
    ["Prosjektregister 2026"],
    ["Prosjekt", "Prosjektnavn", "Ansvarlig enhet", "Kostnadsramme", "Startår", "Sluttår", "Fase"],
    ["P100", "Ny Kárášjoga skuvla", "210", "285 000 000", 2024, 2027, "Bygging"],
    ["P200", "Helsesenter", "330", 195_000_000, 2025, 2028, "planlegging"],
    ["P300", "Brannbil", "410", "", 2025, "", ""],
]


def test_a_register_file_is_recognised_and_stored(store: Store) -> None:
    result = import_sheet(store, "prosjekter.xlsx", REGISTER)
    assert result.preview.kind == "projects"
    register = read_projects(store).set_index("code")
    assert register.loc["P100", "frame"] == 285_000_000
    assert register.loc["P100", "phase"] == "building"
    assert register.loc["P300", "phase"] == "planning"
    assert register.loc["P100", "name"] == "Ny Kárášjoga skuvla"
    assert result.summary().endswith("Prosjektregister med 3 prosjekter.")


def test_a_newer_file_replaces_the_projects_it_names_and_undo_gives_them_back(store: Store) -> None:
    first = import_sheet(store, "prosjekter.xlsx", REGISTER)
    newer = [
        REGISTER[1],
        ["P100", "Ny Kárášjoga skuvla", "210", 300_000_000, 2024, 2028, "bygging"],
    ]
    prepared = prepare_sheet(store, "endring.xlsx", newer)
    assert dict(prepared.preview.facts)["Erstatter"] == "1"
    assert dict(prepared.preview.facts)["Står som før"] == "2"
    second = importer.commit_import(store, Access.system(), prepared)
    assert second.replaced == (first.upload_id,)
    register = read_projects(store).set_index("code")
    assert register.loc["P100", "frame"] == 300_000_000 and len(register) == 3
    importer.undo(store, Access.system(), second.upload_id)
    assert read_projects(store).set_index("code").loc["P100", "frame"] == 285_000_000


def test_bad_cells_are_named_together(store: Store) -> None:
    rows = [
        REGISTER[1],
        ["P1", "A", "210", "mye", 2026, 2027, "bygging"],
        ["P2", "", "210", 5, 2026, 2027, "bygging"],
        ["P1", "C", "210", 5, 2028, 2027, "bygging"],
    ]
    with pytest.raises(ImportRejected) as raised:
        import_sheet(store, "feil.xlsx", rows)
    message = str(raised.value)
    assert "rad 2, kolonne D («Kostnadsramme»): kostnadsrammen må være et beløp" in message
    assert "rad 3, kolonne B («Prosjektnavn»): prosjektnavnet mangler." in message
    assert "rad 4, kolonne F («Sluttår»): sluttåret 2027 er før startåret 2028." in message
    assert read_projects(store).empty


def test_only_the_director_and_administrators_import_the_register(store: Store) -> None:
    leader = Access("anne", Role.LEADER, frozenset({"3"}))
    with pytest.raises(AccessDenied):
        import_sheet(store, "prosjekter.xlsx", REGISTER, access=leader)
