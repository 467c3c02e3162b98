"""The pipeline: storing once, replacing, undoing exactly, the kind's access rule, the history."""

from __future__ import annotations

import dataclasses
import re

import pytest

from analytics.core.access import Access, Role
from analytics.core.errors import AccessDenied, ImportRejected, UserError
from analytics.imports import importer
from analytics.imports.kind import ImportOptions
from analytics.store import Store
from analytics.store.organisation import replace_organisation
from tests.analytics.imports.files import xlsx_bytes
from tests.analytics.imports.helpers import (
    LEDGER,
    ORGANISATION,
    SETTINGS,
    accounts,
    budget,
    counts,
    run_import,
)
from tests.analytics.imports.test_reader import HOSTILE

# --- storing once, replacing, undoing --------------------------------------------------------


def test_the_same_file_twice_is_stored_once(store: Store) -> None:
    data = xlsx_bytes({"Data": LEDGER})  # openpyxl stamps the time: make the bytes once
    first, second = (
        importer.import_file(store, Access.system(), data, "a.xlsx", ImportOptions(), SETTINGS)
        for _ in range(2)
    )
    assert second.already_stored and second.upload_id == first.upload_id
    assert "allerede importert" in second.summary()
    assert counts(store)["accounts_lines"] == 2


def test_a_newer_export_replaces_its_scope_and_undo_restores_it(store: Store) -> None:
    first = run_import(store, LEDGER)
    newer = [
        ["År", "Periode", "Ansvar", "Art", "Regnskap"],
        [2024, 1, "1200", "10100", 150],
        [2024, 1, "1200", "11000", 5],
    ]
    second = run_import(store, newer, name="nyere.xlsx")
    assert second.replaced == (first.upload_id,)
    assert accounts(store).groupby("ansvar")["amount"].sum().to_dict() == {"1200": 155, "1300": 7}
    history = importer.upload_history(store, Access.system())
    assert history.loc[history["id"] == second.upload_id, "replaced"].item() == str(first.upload_id)
    importer.undo(store, Access.system(), second.upload_id)
    assert accounts(store).groupby("ansvar")["amount"].sum().to_dict() == {"1200": 100, "1300": 7}
    assert store.rows("SELECT action FROM audit_log ORDER BY id") == [
        ("upload",),
        ("upload",),
        ("undo",),
    ]
    with pytest.raises(UserError, match="allerede angret"):
        importer.undo(store, Access.system(), second.upload_id)


def test_undoing_an_upload_lets_the_same_file_in_again(store: Store) -> None:
    data = xlsx_bytes({"Data": LEDGER})
    first = importer.import_file(store, Access.system(), data, "a.xlsx", ImportOptions(), SETTINGS)
    importer.undo(store, Access.system(), first.upload_id)
    again = importer.import_file(store, Access.system(), data, "a.xlsx", ImportOptions(), SETTINGS)
    assert not again.already_stored and len(accounts(store)) == 2


def test_a_new_budget_replaces_the_same_budget_kind_only(store: Store) -> None:
    run_import(
        store,
        [["Ansvar", "Art", "Budsjett 2024", "Revidert budsjett 2024"], ["1200", "10100", 100, 110]],
    )
    run_import(store, [["Ansvar", "Art", "Revidert budsjett 2024"], ["1200", "10100", 120]])
    assert budget(store)[["budget_kind", "amount"]].values.tolist() == [
        ["original", 100.0],
        ["revised", 120.0],
    ]


# --- access ------------------------------------------------------------------------------------


def test_a_budget_holder_may_upload_only_their_own_ansvar(store: Store) -> None:
    replace_organisation(store, ORGANISATION)
    holder = Access("kari", Role.BUDGET_HOLDER, frozenset({"12"}))
    own = [["År", "Periode", "Ansvar", "Art", "Regnskap"], [2024, 1, "1200", "10100", 1]]
    assert run_import(store, own, access=holder).upload_id > 0
    before = counts(store)
    with pytest.raises(AccessDenied):
        run_import(store, LEDGER, name="andre.xlsx", access=holder)
    with pytest.raises(AccessDenied):
        run_import(
            store, LEDGER, name="andre.xlsx", access=Access("v", Role.VIEWER, frozenset({"12"}))
        )
    assert counts(store) == before
    history = importer.upload_history(store, holder)
    assert history["uploaded_by"].tolist() == ["kari"]


@pytest.mark.parametrize(
    ("kind", "coverage", "text"),
    [
        (
            "mixed",
            {
                "accounts": {"years": [2024], "periods": [1, 2, 5], "ansvar": ["1", "2"]},
                "budget": {"years": [2025, 2026], "periods": [], "ansvar": ["1"]},
            },
            "Regnskap 2024 periode 1–5 (2 ansvar); Budsjett 2025, 2026 (1 ansvar)",
        ),
        (
            "accounts",
            {"years": [2026], "periods": [1, 10], "ansvar": ["1"]},
            "Regnskap 2026 periode 1, 10 (1 ansvar)",
        ),
        ("sickleave", {"years": [2019, 2020, 2026]}, "Sykefravær 2019–2026"),
        (
            "sickleave",
            {"years": [2026], "months": [202601, 202606], "units": ["210", "310"]},
            "Sykefravær 01.2026–06.2026 for 2 enheter",
        ),
        ("units", {"ansvar": ["1", "2", "3"]}, "Organisasjon med 3 ansvar"),
        ("risks", {"rows": 8, "edited": True}, "Risikoregister med 8 risikoer"),
        ("kompass", {"dates": ["2019-03-14"]}, "Kommunekompasset, 1 evalueringer: 14.03.2019"),
        (
            "milestones",
            {"rows": 3, "groups": 2},
            "Milepælsplan med 3 milepæler for 2 arbeidsgrupper",
        ),
        ("forecast", {"year": 2025, "month": 6, "units": ["310"]}, "Prognose 6/2025 for 310"),
    ],
)
def test_describe_coverage(kind: str, coverage: dict[str, object], text: str) -> None:
    assert importer.describe_coverage(kind, coverage) == text


@pytest.mark.parametrize(
    ("data", "name", "changes"),
    [(case[1], case[2], case[4]) for case in HOSTILE],
    ids=[case[0] for case in HOSTILE],
)
def test_hostile_files_leave_the_store_unchanged(
    store: Store, data: bytes, name: str, changes: dict[str, object]
) -> None:
    run_import(store, LEDGER, name="tidligere.xlsx")
    before = counts(store)
    settings = dataclasses.replace(SETTINGS, **changes)  # type: ignore[arg-type]
    with pytest.raises(ImportRejected, match=f"Filen «{re.escape(name)}»"):
        importer.import_file(store, Access.system(), data, name, ImportOptions(), settings)
    assert counts(store) == before
