"""The pipeline: storing once, replacing, undoing exactly, the kind's access rule, the history."""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Callable
from dataclasses import dataclass

import openpyxl
import pandas as pd
import pytest

from analytics.core.access import Access, Role
from analytics.core.errors import AccessDenied, ImportRejected, UserError
from analytics.imports import importer
from analytics.imports.kind import ImportOptions
from analytics.imports.kinds.template import build_template
from analytics.store import Store
from analytics.store.kompass import read_kompass_scores
from analytics.store.organisation import replace_organisation
from analytics.store.programme import read_milestones, read_risks
from tests.analytics.imports.files import Rows, xlsx_bytes
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


# --- every kind: the same file again, and undo restoring exactly what was replaced ------------


def _sheet(rows: Rows) -> bytes:
    return xlsx_bytes({"Ark1": rows})


def _template(store: Store, forecast: int) -> bytes:
    """Unit 12's template of the fixture's ledger, filled in with one forecast."""
    holder = Access("kari", Role.BUDGET_HOLDER, frozenset({"12"}))
    workbook = openpyxl.load_workbook(
        io.BytesIO(build_template(store, holder, "12", 2024, 6, False))
    )
    workbook["Prognose"].cell(row=2, column=6, value=forecast)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


SICK = ["Enhet", "År", "Måned", "Avtalte dagsverk", "Tapte dagsverk"]
PLAN = ["Arbeidsgruppe", "År", "Uke", "Type"]
KOMPASS = ["Dato", *(f"{n} Område {n}" for n in range(1, 9))]


@dataclass(frozen=True)
class Case:
    """Two files of one kind, the second replacing part of the first, and the kind's tables."""

    kind: str
    first: Callable[[Store], bytes]
    second: Callable[[Store], bytes]
    tables: Callable[[Store], pd.DataFrame]


def _rows(sql: str) -> Callable[[Store], pd.DataFrame]:
    return lambda store: store.frame(sql)


CASES = (
    Case(
        "ledger",
        lambda _: _sheet(LEDGER),
        lambda _: _sheet([LEDGER[0], [2024, 1, "1200", "10100", 150], [2024, 2, "1200", "10100", 9]]),
        _rows("SELECT * FROM active_accounts ORDER BY ALL"),
    ),
    Case(
        "budget",
        lambda _: _sheet([["Ansvar", "Art", "Budsjett 2024"], ["1200", "10100", 100], ["1300", "10100", 7]]),
        lambda _: _sheet([["Ansvar", "Art", "Budsjett 2024"], ["1200", "10100", 120]]),
        _rows("SELECT * FROM active_budget ORDER BY ALL"),
    ),
    Case(
        "units",
        lambda _: _sheet([["Ansvar", "Enhet", "Sektor"], ["1200", "12 Skuvla", "2 Oppvekst"]]),
        lambda _: _sheet([["Ansvar", "Enhet", "Sektor"], ["1200", "12 Skuvla", "3 Helse"]]),
        _rows("SELECT * FROM organisation ORDER BY ALL"),
    ),
    Case(
        "sickleave",
        lambda _: _sheet([SICK, ["12", 2026, 1, 100, 5], ["12", 2026, 2, 100, 6], ["13", 2026, 1, 50, 1]]),
        lambda _: _sheet([SICK, ["12", 2026, 2, 100, 9], ["12", 2026, 3, 100, 2]]),
        _rows("SELECT * EXCLUDE (replaced_by) FROM sick_leave s WHERE replaced_by IS NULL "
              "AND upload_id IN (SELECT id FROM uploads WHERE status = 'active') ORDER BY ALL"),
    ),
    Case(
        "kompass",
        lambda _: _sheet([KOMPASS, ["14.03.2019", *[40] * 8], ["21.04.2022", *[45] * 8]]),
        lambda _: _sheet([KOMPASS, ["21.04.2022", *[50] * 8]]),
        lambda store: read_kompass_scores(store),
    ),
    Case(
        "risks",
        lambda _: _sheet([["Risiko", "S", "K"], ["Brann", 3, 4], ["Flom", 2, 2]]),
        lambda _: _sheet([["Risiko", "S", "K"], ["Brann", 3, 5]]),
        lambda store: read_risks(store),
    ),
    Case(
        "milestones",
        lambda _: _sheet([PLAN, ["Brann", 2026, 5, "O"], ["Renhold", 2026, 6, "A"]]),
        lambda _: _sheet([PLAN, ["Brann", 2026, 5, "O"], ["Brann", 2026, 9, "F"]]),
        lambda store: read_milestones(store),
    ),
)  # fmt: skip


@pytest.fixture
def ledger_store(store: Store) -> Store:
    """The organisation and a ledger, as the template needs."""
    replace_organisation(store, ORGANISATION)
    run_import(
        store, [["År", "Periode", "Ansvar", "Art", "Budsjett"], [2024, 1, "1200", "10100", 5]]
    )
    return store


def _import(store: Store, data: bytes, name: str) -> importer.ImportResult:
    return importer.import_file(store, Access.system(), data, name, ImportOptions(), SETTINGS)


@pytest.mark.parametrize("case", CASES, ids=[case.kind for case in CASES])
def test_undoing_b_gives_back_exactly_the_store_after_a(ledger_store: Store, case: Case) -> None:
    store = ledger_store
    first = _import(store, case.first(store), "a.xlsx")
    after_a = case.tables(store)
    second = _import(store, case.second(store), "b.xlsx")
    assert second.preview.kind == first.preview.kind  # both recognised without --kind
    assert not case.tables(store).equals(after_a)
    assert second.replaced == (first.upload_id,) or case.kind == "units"
    importer.undo(store, Access.system(), second.upload_id)
    pd.testing.assert_frame_equal(case.tables(store), after_a)


@pytest.mark.parametrize("case", CASES, ids=[case.kind for case in CASES])
def test_the_same_file_again_changes_nothing(ledger_store: Store, case: Case) -> None:
    store = ledger_store
    data = case.first(store)
    first = _import(store, data, "a.xlsx")
    before, uploads_before = case.tables(store), counts(store)["uploads"]
    again = importer.prepare_import(
        store, Access.system(), data, "a.xlsx", ImportOptions(), SETTINGS
    )
    assert again.preview.earlier == first.upload_id
    result = importer.commit_import(store, Access.system(), again)
    assert result.already_stored and result.upload_id == first.upload_id
    assert "allerede importert" in result.summary()
    pd.testing.assert_frame_equal(case.tables(store), before)
    assert counts(store)["uploads"] == uploads_before


def test_a_template_upload_cannot_be_undone_and_says_why(ledger_store: Store) -> None:
    store = ledger_store
    _import(store, _template(store, 100), "a.xlsx")
    second = _import(store, _template(store, 200), "b.xlsx")
    with pytest.raises(UserError, match="prognosemal og kan ikke angres"):
        importer.undo(store, Access.system(), second.upload_id)
    assert store.rows("SELECT CAST(forecast AS DOUBLE) FROM unit_forecasts") == [(200.0,)]
    assert not importer.upload_history(store, Access.system())["may_undo"].iloc[0]


def test_the_same_template_again_changes_nothing(ledger_store: Store) -> None:
    data = _template(ledger_store, 100)
    first = _import(ledger_store, data, "a.xlsx")
    again = _import(ledger_store, data, "a.xlsx")
    assert again.already_stored and again.upload_id == first.upload_id


def test_the_same_file_after_parts_were_replaced_counts_again(store: Store) -> None:
    """Recognised only while all its rows count: once a newer file replaced some, importing
    it again puts its figures back."""
    data = xlsx_bytes({"Data": LEDGER})
    first = _import(store, data, "a.xlsx")
    run_import(store, [LEDGER[0], [2024, 1, "1200", "10100", 150]], name="nyere.xlsx")
    again = _import(store, data, "a.xlsx")
    assert not again.already_stored and again.upload_id != first.upload_id
    assert accounts(store)["amount"].tolist() == [100.0, 7.0]
