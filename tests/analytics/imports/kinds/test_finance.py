"""The financial room's kinds: balance, loans, coverage plan, from files made by the test; bad
files refused with every bad cell named; undo gives back exactly what an upload replaced; only
administrators and the director may import them."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from analytics.core.access import Access, Role
from analytics.core.errors import AccessDenied, ImportRejected, UserError
from analytics.imports import importer
from analytics.store import Store
from analytics.store.finance import read_coverage_plan, read_items, read_loans
from tests.analytics.imports.helpers import import_sheet

BALANCE = [["Balanse 31.12"],
           ["År", "Post", "Beløp"],
           [2025, "Disposisjonsfond", 41_000_000],
           [2025, "Pensjonsforpliktingar", "812 400 000,50"],
           [2025, "Sjølvkostlån", 55_000_000],
           [2025, "Udekka meirforbruk", 2_517_500]]  # fmt: skip
LOANS = [["Lånenr", "Långivar", "Restgjeld", "Rente", "Fastrente til", "Forfall"],
         ["20150012", "Kommunalbanken", 79_000_000, "3,85 %", "30.06.2029", dt.datetime(2044, 12, 31)],
         ["SERT-24", "Sertifikatlån", 28_700_000, 4.45, "", "2027"]]  # fmt: skip
COVERAGE = [["Inndekningsplan"], ["År", "Beløp"], [2024, 1_888_200], [2025, 1_888_200],
            [2026, 2_517_500]]  # fmt: skip


def test_balance_in_nynorsk_is_stored_by_item(store: Store) -> None:
    result = import_sheet(store, "balanse.xlsx", BALANCE)
    assert result.preview.kind == "balance"
    assert read_items(store).values.tolist() == [
        [2025, "akkumulert merforbruk", 2_517_500.0],
        [2025, "disposisjonsfond", 41_000_000.0],
        [2025, "pensjonsforpliktelser", 812_400_000.5],
        [2025, "selvkostlån", 55_000_000.0],
    ]


def test_a_new_balance_replaces_its_items_and_undo_gives_them_back(store: Store) -> None:
    import_sheet(store, "balanse.xlsx", BALANCE)
    newer = import_sheet(
        store, "balanse-ny.xlsx", [["År", "Post", "Beløp"], [2025, "disposisjonsfond", 50_000_000]]
    )
    assert read_items(store).set_index("item")["amount"]["disposisjonsfond"] == 50_000_000.0
    assert len(read_items(store)) == 4
    importer.undo(store, Access.system(), newer.upload_id)
    assert read_items(store).set_index("item")["amount"]["disposisjonsfond"] == 41_000_000.0


def test_a_bad_balance_names_every_bad_cell_and_stores_nothing(store: Store) -> None:
    rows = [["År", "Post", "Beløp"], ["tjuefemten", "Disposisjonsfond", 1], [2025, "Kassa", 2],
            [2025, "Utlån", "mange"]]  # fmt: skip
    with pytest.raises(ImportRejected) as raised:
        import_sheet(store, "balanse.xlsx", rows, kind="balance")
    message = str(raised.value)
    assert "balanse.xlsx" in message and "Ark1" in message
    assert "rad 2, kolonne A («År»)" in message
    assert "rad 3, kolonne B («Post»): «Kassa» er ikke en kjent balansepost" in message
    assert "rad 4, kolonne C («Beløp»)" in message
    assert read_items(store).empty


def test_loans_with_dates_as_text_cells_and_years(store: Store) -> None:
    result = import_sheet(store, "lån.xlsx", LOANS)
    assert result.preview.kind == "loans"
    loans = read_loans(store)
    for column in ("fixed_until", "maturity"):
        loans[column] = [
            None if pd.isna(day) else pd.Timestamp(day).date() for day in loans[column]
        ]
    assert loans.values.tolist() == [
        ["20150012", "Kommunalbanken", 79_000_000.0, 3.85, dt.date(2029, 6, 30), dt.date(2044, 12, 31)],
        ["SERT-24", "Sertifikatlån", 28_700_000.0, 4.45, None, dt.date(2027, 12, 31)],
    ]  # fmt: skip


def test_a_bad_loan_file_is_refused_whole(store: Store) -> None:
    rows = [LOANS[0], ["", "KBN", 1_000, "4", "31.02.2030", "2040"], ["B", "KLP", -5, "45", "", ""]]
    with pytest.raises(ImportRejected) as raised:
        import_sheet(store, "lån.xlsx", rows, kind="loans")
    message = str(raised.value)
    assert "rad 2, kolonne A («Lånenr»): cellen er tom" in message
    assert "rad 2, kolonne E («Fastrente til»): «31.02.2030» er ikke en dato" in message
    assert "rad 3, kolonne C («Restgjeld»)" in message
    assert "rad 3, kolonne D («Rente»): renten 45" in message
    assert read_loans(store).empty


def test_coverage_plan_replaces_the_whole_plan_and_undo_restores_it(store: Store) -> None:
    first = import_sheet(store, "inndekning.xlsx", COVERAGE, kind="coverage")
    assert "Inndekningsplan med 3 år" in first.summary()
    second = import_sheet(
        store, "inndekning-2.xlsx", [["År", "Beløp"], [2026, 6_294_000]], kind="coverage"
    )
    assert read_coverage_plan(store) == {2026: 6_294_000.0}
    importer.undo(store, Access.system(), second.upload_id)
    assert read_coverage_plan(store) == {2024: 1_888_200.0, 2025: 1_888_200.0, 2026: 2_517_500.0}


def test_a_leader_may_not_import_the_balance(store: Store) -> None:
    leader = Access("Áile", Role.LEADER, frozenset({"2"}))
    with pytest.raises((AccessDenied, UserError)):
        import_sheet(store, "balanse.xlsx", BALANCE, access=leader)
    assert read_items(store).empty
