"""The projects under the access rules: who sees and writes what, the register edited in the app
as an undoable upload, the forecast and the risks, and every bad cell named."""

from __future__ import annotations

import pandas as pd
import pytest

from analytics.core.access import Access, Role
from analytics.core.errors import AccessDenied, UserError
from analytics.imports import importer
from analytics.investments.records import (
    load_portfolio,
    may_write_project,
    project_risks,
    save_forecast,
    save_register,
    save_risks,
)
from analytics.investments.register import PHASE_WORDS, clean_register
from analytics.store import Store
from analytics.store.organisation import replace_organisation
from analytics.store.projects import insert_projects, read_projects
from tests.analytics.imports.helpers import ORGANISATION

HOLDER = Access("kari", Role.BUDGET_HOLDER, frozenset({"12"}))
VIEWER = Access("lars", Role.VIEWER, frozenset({"12"}))
REGISTER = pd.DataFrame(
    {
        "code": ["P1", "P2", "P3"],
        "name": ["Ny skuvla", "Basseng", "Felles"],
        "unit_code": ["12", "1300", ""],
        "frame": [1000.0, 500.0, float("nan")],
        "start_year": [2025, 2024, None],
        "end_year": [2027, 2026, None],
        "phase": ["building", "planning", "planning"],
        "source": ["register"] * 3,
    }
)


@pytest.fixture
def filled(store: Store) -> Store:
    replace_organisation(store, ORGANISATION)
    insert_projects(store, REGISTER)
    return store


def where(number: int, field: str) -> str:
    return f"Rad {number} ({field})"


def test_a_project_belongs_to_its_responsible_unit(filled: Store) -> None:
    assert list(load_portfolio(filled, Access.system()).register["code"]) == ["P1", "P2", "P3"]
    assert list(load_portfolio(filled, HOLDER).register["code"]) == ["P1"]
    assert may_write_project(filled, HOLDER, "P1") and not may_write_project(filled, HOLDER, "P2")
    assert not may_write_project(filled, HOLDER, "P3")  # no unit: whole-municipality people
    assert not may_write_project(filled, VIEWER, "P1")
    with pytest.raises(AccessDenied):
        save_forecast(filled, HOLDER, (2026, 5), "P2", 600.0, "")


def test_the_forecast_and_its_comment(filled: Store) -> None:
    save_forecast(filled, HOLDER, (2026, 3), "P1", 1040.0, "  Høyere anbud  ")
    status = load_portfolio(filled, HOLDER).statuses(2026, 7)[0]
    assert (status.forecast_final, status.forecast_comment) == (1040.0, "Høyere anbud")
    with pytest.raises(UserError, match="0 kr eller mer"):
        save_forecast(filled, HOLDER, (2026, 3), "P1", -5.0, "")


def test_risks_are_checked_and_scored(filled: Store) -> None:
    risks = pd.DataFrame(
        {
            "risk": ["Prisstigning", "", "Forsinkelse"],
            "probability": [4, None, 2],
            "consequence": [3, None, 5],
            "mitigation": ["Indeks", "", ""],
            "owner": ["Prosjektleder", "", ""],
        }
    )
    save_risks(filled, HOLDER, "P1", risks)
    stored = project_risks(filled, HOLDER, ["P1"])
    assert stored[["risk", "factor"]].values.tolist() == [["Prisstigning", 12], ["Forsinkelse", 10]]
    bad = risks.assign(consequence=[3, None, 6])
    with pytest.raises(UserError, match="Rad 3: en risiko må ha"):
        save_risks(filled, HOLDER, "P1", bad)
    assert project_risks(filled, VIEWER)["risk"].tolist() == ["Prisstigning", "Forsinkelse"]


def test_the_register_edited_in_the_app_is_an_undoable_upload(filled: Store) -> None:
    edited = REGISTER.drop(columns="source").copy()
    edited.loc[0, "frame"] = 1200.0  # the council raised the frame
    edited = pd.concat(
        [
            edited[edited["code"] != "P3"],
            pd.DataFrame(
                [{"code": "P4", "name": "Brannbil", "unit_code": "13", "phase": "bygging"}]
            ),
        ],
        ignore_index=True,
    )
    with pytest.raises(AccessDenied):
        save_register(filled, HOLDER, edited)
    upload_id, _ = save_register(filled, Access.system(), edited)  # type: ignore[misc]
    register = read_projects(filled).set_index("code")
    assert list(register.index) == ["P1", "P2", "P4"]
    assert register.loc["P1", "frame"] == 1200.0 and register.loc["P4", "phase"] == "building"
    assert save_register(filled, Access.system(), edited) is None  # nothing changed
    history = importer.upload_history(filled, Access.system())
    row = history[history["id"] == upload_id].iloc[0]
    assert (row["kind"], row["file_name"]) == ("projects", "(redigert i appen)")
    importer.undo(filled, Access.system(), upload_id)
    assert read_projects(filled)["frame"].tolist()[:2] == [1000.0, 500.0]
    assert list(read_projects(filled)["code"]) == ["P1", "P2", "P3"]


def test_every_bad_entry_named_at_once() -> None:
    bad = pd.DataFrame(
        {
            "code": ["P1", "", "P1", "P9"],
            "name": ["A", "B", "C", "D"],
            "frame": [-1, 2, 3, 4],
            "start_year": [2026, 2026, 2026, 2030],
            "end_year": [2027, 2027, 2027, 2029],
            "phase": ["bygging", "ferdig", "kanskje", ""],
        }
    )
    with pytest.raises(UserError) as raised:
        clean_register(bad, where)
    message = str(raised.value)
    assert "Rad 1 (frame): kostnadsrammen må være et beløp på 0 kr eller mer" in message
    assert "Rad 2 (code): prosjektkoden mangler." in message
    assert "Rad 3 (phase): ukjent fase «kanskje»" in message
    assert "Rad 4 (end_year): sluttåret 2029 er før startåret 2030." in message


def test_phase_words_in_norwegian() -> None:
    assert {PHASE_WORDS[w] for w in ("bygging", "under bygging", "ferdig", "planlegging", "")} == {
        "building",
        "finished",
        "planning",
    }
