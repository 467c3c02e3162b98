"""The uploads store: one transaction per upload, replacement by scope, undo, mappings."""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd
import pytest

from analytics.store import Store, uploads


def upload(kind: str = "accounts", sha: str = "a") -> uploads.NewUpload:
    return uploads.NewUpload(kind, f"{sha}.xlsx", sha, "kari", 1, {"accounts": {"ansvar": ["1"]}})


def accounts(rows: list[tuple[int, int, str, float]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["year", "period", "ansvar", "amount"])
    return frame.assign(art="10100", tjeneste="", prosjekt="", ledger="operating", scope_key="")[
        uploads.ACCOUNTS_COLUMNS
    ]


def budget(rows: list[tuple[int, object, str, str, float]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["year", "month", "ansvar", "budget_kind", "amount"])
    return frame.assign(art="10100", tjeneste="", prosjekt="", ledger="operating", scope_key="")[
        uploads.BUDGET_COLUMNS
    ]


def active_sum(store: Store, table: str = "active_accounts") -> dict[str, float]:
    rows = store.rows(f"SELECT ansvar, CAST(sum(amount) AS DOUBLE) FROM {table} GROUP BY 1")
    return dict(sorted(rows))


EMPTY_BUDGET = budget([])
EMPTY_ACCOUNTS = accounts([])
LEDGER = (uploads.BUDGET, uploads.ACCOUNTS)


def test_replacement_is_by_year_period_and_ansvar(store: Store) -> None:
    first, _ = uploads.store_ledger_upload(
        store,
        upload(sha="a"),
        EMPTY_BUDGET,
        accounts([(2024, 1, "1", 10), (2024, 2, "1", 20), (2024, 1, "2", 5), (2023, 1, "1", 1)]),
    )
    second, replaced = uploads.store_ledger_upload(
        store, upload(sha="b"), EMPTY_BUDGET, accounts([(2024, 1, "1", 11)])
    )
    assert replaced == (first,)
    assert active_sum(store) == {"1": 11 + 20 + 1, "2": 5}
    outcome = uploads.undo_versioned(store, second, LEDGER)
    assert outcome == uploads.UndoOutcome(removed=1, restored=1, still_replaced=0, later=())
    assert active_sum(store) == {"1": 10 + 20 + 1, "2": 5}
    record = uploads.read_upload(store, second)
    assert record is not None and record.status == "undone"
    assert uploads.find_active_upload(store, "b") is None
    assert uploads.find_active_upload(store, "a") is not None


def test_budget_replacement_is_by_year_budget_kind_and_ansvar(store: Store) -> None:
    uploads.store_ledger_upload(
        store,
        upload("budget", "a"),
        budget([(2024, None, "1", "original", 100), (2024, None, "1", "revised", 110)]),
        EMPTY_ACCOUNTS,
    )
    uploads.store_ledger_upload(
        store,
        upload("budget", "b"),
        budget([(2024, 1, "1", "revised", 60), (2024, 2, "1", "revised", 60)]),
        EMPTY_ACCOUNTS,
    )
    assert active_sum(store, "active_budget") == {"1": 100 + 120}


def test_a_failing_upload_stores_nothing(store: Store) -> None:
    with pytest.raises(duckdb.ConstraintException):
        uploads.store_ledger_upload(store, upload(), EMPTY_BUDGET, accounts([(2024, 14, "1", 1)]))
    assert store.value("SELECT count(*) FROM uploads") == 0


def test_template_lines_prefer_the_revised_budget(store: Store) -> None:
    uploads.store_ledger_upload(
        store,
        upload("mixed", "a"),
        budget(
            [
                (2024, None, "1", "original", 100),
                (2024, None, "1", "revised", 130),
                (2024, None, "2", "original", 50),
            ]
        ),
        accounts([(2024, 3, "1", 30), (2024, 9, "1", 99)]),
    )
    lines = uploads.template_lines(store, ["1", "2"], 2024, 6)
    assert lines[["ansvar", "budget", "actual"]].values.tolist() == [
        ["1", 130.0, 30.0],
        ["2", 50.0, 0.0],
    ]


def test_column_mappings_round_trip(store: Store) -> None:
    assert uploads.load_column_mapping(store, "abc") == {}
    uploads.save_column_mapping(store, "abc", {"kst": "ansvar"}, "kari")
    uploads.save_column_mapping(store, "abc", {"kst": "ansvar", "sum kr": "amount"}, "kari")
    assert uploads.load_column_mapping(store, "abc") == {"kst": "ansvar", "sum kr": "amount"}


def test_undoing_an_upload_a_later_one_replaced_keeps_the_later_one(store: Store) -> None:
    """Z, then A replaces Z's January, then B replaces A's January: undoing A must not bring
    Z's January back beside B's; undoing B afterwards gives Z's January."""
    z, _ = uploads.store_ledger_upload(
        store, upload(sha="z"), EMPTY_BUDGET, accounts([(2024, 1, "1", 1), (2024, 2, "1", 2)])
    )
    a, _ = uploads.store_ledger_upload(
        store, upload(sha="a"), EMPTY_BUDGET, accounts([(2024, 1, "1", 10), (2024, 3, "1", 30)])
    )
    b, _ = uploads.store_ledger_upload(
        store, upload(sha="b"), EMPTY_BUDGET, accounts([(2024, 1, "1", 100)])
    )
    assert active_sum(store) == {"1": 100 + 2 + 30}
    outcome = uploads.undo_versioned(store, a, LEDGER)
    assert outcome == uploads.UndoOutcome(removed=1, restored=0, still_replaced=1, later=(b,))
    assert active_sum(store) == {"1": 100 + 2}
    uploads.undo_versioned(store, b, LEDGER)
    assert active_sum(store) == {"1": 1 + 2}
    assert uploads.replacing_uploads(store, z, LEDGER) == ()


def test_an_upload_wholly_replaced_later_changes_nothing_when_undone(store: Store) -> None:
    a, _ = uploads.store_ledger_upload(
        store, upload(sha="a"), EMPTY_BUDGET, accounts([(2024, 1, "1", 10)])
    )
    b, _ = uploads.store_ledger_upload(
        store, upload(sha="b"), EMPTY_BUDGET, accounts([(2024, 1, "1", 20)])
    )
    assert uploads.replacing_uploads(store, a, LEDGER) == (b,)
    outcome = uploads.undo_versioned(store, a, LEDGER)
    assert outcome == uploads.UndoOutcome(removed=0, restored=0, still_replaced=0, later=(b,))
    assert active_sum(store) == {"1": 20}


def test_the_one_insert_upload_records_every_field(store: Store) -> None:
    at = dt.datetime(2019, 6, 20, 10)
    with store.transaction() as tx:
        upload_id = uploads.insert_upload(
            tx, uploads.NewUpload("risks", "r.xlsx", "s", "Áile", 2, {"rows": 2}, at)
        )
    record = uploads.read_upload(store, upload_id)
    assert record is not None
    assert (record.kind, record.uploaded_by, record.uploaded_at, record.coverage) == (
        "risks",
        "Áile",
        at,
        {"rows": 2},
    )


def test_a_transaction_inside_another_joins_it(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        uploads.record_upload(store, upload(sha="inner"))
        raise RuntimeError("the outer block fails after the inner one")
    assert store.value("SELECT count(*) FROM uploads") == 0
