"""The risk-register kind: the register from a file, checked; an upload replaces it whole, and
undo gives back exactly the register it replaced."""

from __future__ import annotations

import pandas as pd
import pytest

from analytics.core.access import Access
from analytics.core.errors import ImportRejected, UserError
from analytics.imports import importer
from analytics.programme.risks import EDIT_RISK_COLUMNS, load_risks, save_risks
from analytics.store import Store
from tests.analytics.imports.helpers import import_sheet, prepare_sheet

NYNORSK = [["Risikovurdering Fremtidens kommune"],
           ["Nr", "Risiko", "S", "K", "RF", "Risikoreduserande tiltak", "Ansvarleg"],
           [1, "Svømmehallen må stengjast", 3, 5, 15, "Tilstandsvurdering", "Sárá Ŋuolla"],
           [2, "Lang sakshandsaming", "2", "3", 6, "Digitale skjema", "Heaika"]]  # fmt: skip
OLD_REGISTER = pd.DataFrame(
    [("Brann", 3, 4, "Samarbeid", "Niillas"), ("Renhold", 4, 3, "Vikarer", "Ánde")],
    columns=EDIT_RISK_COLUMNS,
)


def register(store: Store) -> list[list[object]]:
    return load_risks(store)[EDIT_RISK_COLUMNS].values.tolist()


def test_nynorsk_with_a_factor_column(store: Store) -> None:
    result = import_sheet(store, "risiko.xlsx", NYNORSK)  # recognised without --kind
    assert result.preview.kind == "risks"
    assert "Risikoregister med 2 risikoer" in result.summary()
    assert load_risks(store)[["risk", "factor", "owner"]].values.tolist() == [
        ["Svømmehallen må stengjast", 15, "Sárá Ŋuolla"],
        ["Lang sakshandsaming", 6, "Heaika"],
    ]


def test_a_risk_with_a_wrong_factor_is_refused(store: Store) -> None:
    rows = [["Risiko", "Sannsynlighet", "Konsekvens", "Risikofaktor"], ["Brann", 3, 4, 12],
            ["Flom", 2, 2, 5], ["Ras", 7, 1, 7]]  # fmt: skip
    with pytest.raises(ImportRejected) as raised:
        import_sheet(store, "risiko.xlsx", rows)
    message = str(raised.value)
    assert "rad 3, kolonne D («Risikofaktor»): oppgitt risikofaktor 5" in message
    assert "rad 4, kolonne B («Sannsynlighet»): ventet et heltall fra 1 til 5, fant «7»" in message
    assert load_risks(store).empty


def test_undo_restores_the_register_it_replaced(store: Store) -> None:
    """The bug: undo said the old register applied again, but the new rows stayed."""
    save_risks(store, Access.system(), OLD_REGISTER)
    before = register(store)
    preview = prepare_sheet(store, "risiko.xlsx", NYNORSK).preview
    assert preview.replaced["Risiko"].tolist() == ["Renhold", "Brann"]  # highest factor first
    result = import_sheet(store, "risiko.xlsx", NYNORSK)
    assert [row[0] for row in register(store)] == [
        "Svømmehallen må stengjast",
        "Lang sakshandsaming",
    ]
    message = importer.undo(store, Access.system(), result.upload_id)
    assert "Det den erstattet, gjelder igjen." in message
    assert register(store) == before


def test_an_older_register_upload_cannot_be_undone_past_a_newer_one(store: Store) -> None:
    first = import_sheet(store, "risiko.xlsx", NYNORSK)
    save_risks(store, Access.system(), OLD_REGISTER)  # the register edited in the app
    with pytest.raises(UserError, match=f"Opplasting {first.upload_id} kan ikke angres nå"):
        importer.undo(store, Access.system(), first.upload_id)
    assert [row[0] for row in register(store)] == ["Renhold", "Brann"]
    edit = importer.upload_history(store, Access.system()).iloc[0]
    assert edit["file_name"] == "(redigert i appen)" and edit["may_undo"]
    importer.undo(store, Access.system(), int(edit["id"]))
    assert [row[0] for row in register(store)] == [
        "Svømmehallen må stengjast",
        "Lang sakshandsaming",
    ]


def test_saving_an_unchanged_register_stores_nothing(store: Store) -> None:
    save_risks(store, Access.system(), OLD_REGISTER)
    uploads = store.value("SELECT count(*) FROM uploads")
    save_risks(store, Access.system(), load_risks(store)[EDIT_RISK_COLUMNS])
    assert store.value("SELECT count(*) FROM uploads") == uploads
